/** The shipped dataset: valid, fully cited, in plain words. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Cell, type Dataset } from '../../src/model/index.js';
import { fleschKincaidGrade } from '../support/readability.js';

const raw = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
const result = validateDataset(raw);
const dataset = (result.ok ? result.dataset : raw) as Dataset;

function allCells(): { path: string; cell: Cell }[] {
  const out: { path: string; cell: Cell }[] = [];
  for (const [o, byCriterion] of Object.entries(dataset.cells)) for (const [c, cell] of Object.entries(byCriterion)) out.push({ path: `cells.${o}.${c}`, cell });
  for (const condition of dataset.conditions ?? []) {
    for (const [o, byCriterion] of Object.entries(condition.cells)) for (const [c, cell] of Object.entries(byCriterion)) out.push({ path: `${condition.id}.${o}.${c}`, cell });
  }
  return out;
}

describe('data/chronic-pain.json', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the options and criteria in the fixed order', () => {
    expect(dataset.options.map((o) => o.id)).toEqual(['tms', 'medication', 'physical-therapy', 'lifestyle', 'current-care']);
    expect(dataset.criteria.map((c) => c.id)).toEqual(['invasiveness', 'side-effects', 'cost', 'availability', 'effectiveness', 'time-commitment', 'time-to-relief']);
  });

  it('has the four condition views', () => {
    expect((dataset.conditions ?? []).map((c) => c.id)).toEqual(['neuropathic-pain', 'fibromyalgia', 'low-back-pain', 'migraine']);
  });

  it('cites every cell and uses every citation', () => {
    const cited = new Set(allCells().flatMap(({ cell }) => cell.citations));
    for (const { path, cell } of allCells()) expect(cell.citations.length, path).toBeGreaterThan(0);
    expect(dataset.citations.filter((c) => !cited.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('links every citation over https', () => {
    for (const citation of dataset.citations) expect(citation.url, citation.id).toMatch(/^https:\/\//);
  });

  it('reports the reading grade of its summaries (gated at 10 per summary)', () => {
    const grades = allCells().map(({ path, cell }) => ({ path, grade: fleschKincaidGrade(cell.summary) }));
    const average = grades.reduce((s, g) => s + g.grade, 0) / grades.length;
    const worst = [...grades].sort((a, b) => b.grade - a.grade).slice(0, 5);
    console.log(`Readability (Flesch-Kincaid grade) of ${grades.length} summaries: average ${average.toFixed(1)}`);
    for (const { path, grade } of worst) console.log(`  ${grade.toFixed(1)}  ${path}`);
    expect(worst[0].grade).toBeLessThanOrEqual(10);
  });
});
