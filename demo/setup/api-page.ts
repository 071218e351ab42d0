/** The API reference page (demo/api.html): the tables from custom-elements.json, written as text. */
import { apiTables, codeRuns, findElement, type ApiTable } from './api-rows.js';

function table({ title, columns, rows }: ApiTable, index: number): HTMLElement[] {
  const heading = Object.assign(document.createElement('h2'), { textContent: title, id: `api-${index}` });
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-labelledby', heading.id);
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  for (const column of columns) head.append(Object.assign(document.createElement('th'), { textContent: column, scope: 'col' }));
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.setAttribute('scope', 'row');
      // Names and values are code; the last column is prose with code marked by backticks.
      const runs = i < columns.length - 1 ? [{ text: cell, code: true }] : codeRuns(cell);
      td.append(...runs.map((run) => (run.code ? Object.assign(document.createElement('code'), { textContent: run.text }) : run.text)));
      tr.append(td);
    });
  }
  wrap.append(t);
  return [heading, wrap];
}

async function show(target: HTMLElement) {
  try {
    const response = await fetch(document.body.dataset.manifest ?? '/custom-elements.json');
    if (!response.ok) throw new Error(`${response.status}`);
    const element = findElement(await response.json(), 'treatment-compare');
    if (!element) throw new Error('no treatment-compare in it');
    target.replaceChildren(...apiTables(element).flatMap(table));
  } catch {
    target.textContent = 'custom-elements.json could not be loaded: run "npm run build", which writes it, then reload this page.';
  }
}

void show(document.getElementById('api')!);
