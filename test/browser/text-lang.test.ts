/**
 * Language of Parts (WCAG 3.1.2): on a Spanish page, dataset and clinic text that has no Spanish
 * is shown in English and marked `lang="en"` (a screen reader then reads it with an English
 * voice), in every view; the widget's own words stay Spanish. Not checked here, because they
 * cannot carry a language: attributes (aria-label) and the chart's SVG (role="img": its name is
 * its <title> and <desc>, text only; the words drawn inside are not read).
 */
import { expect } from '@open-wc/testing';
import type { Clinic, Dataset, TreatmentCompare } from '../../src/index.js';
import { inheritedLang } from '../../src/i18n/locale.js';
import { inOneLanguage } from '../support/one-language.js';
import { axeViolations, openDetailsIn, openEveryLayer, settle, showEqual, smallDataset, smallWidget } from './helpers.js';

/** The small dataset with every first-view field a dataset may give (short names, brief lines, short answers). */
function fullSmallDataset(): Dataset {
  const data = smallDataset();
  for (const o of data.options) Object.assign(o, { shortLabel: `${o.id} short`, brief: `What ${o.id} is, briefly.` });
  const cells = [data.cells, ...(data.conditions ?? []).map((c) => c.cells)];
  for (const byOption of cells)
    for (const [o, byCriterion] of Object.entries(byOption))
      for (const [c, cell] of Object.entries(byCriterion)) cell.short = `${o} on ${c}, short.`;
  return data;
}

const CLINIC: Clinic = {
  name: 'Test Clinic',
  provides: ['alpha'],
  facts: { alpha: { price: '$300 a session', wait: 'About two weeks', insurance: 'Most plans', note: 'Evenings too', offeredHere: true } },
  contact: { label: 'Book a visit', url: 'https://clinic.example/book' },
  checked: '2026-01-01',
};

/** Every node under a root, through shadow roots. */
function* deepNodes(node: Node): Generator<Node> {
  for (const child of node.childNodes) {
    yield child;
    yield* deepNodes(child);
    if (child instanceof Element && child.shadowRoot) yield* deepNodes(child.shadowRoot);
  }
}

/** The `lang` that applies to a text node: the closest one up the tree, crossing shadow roots to their hosts. */
const langOf = (node: Node) => inheritedLang(node.parentElement!);

const clean = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '').trim();
const inChartPicture = (node: Node) => Boolean(node.parentElement?.closest('svg[role="img"]'));
/** Cited sources' own words: marked with their own language already (`sourceLang`). */
const inSources = (node: Node) => Boolean(node.parentElement?.closest('[part~="citations"], .sources, .summary-citations'));

/** Everything rendered: every layer open, the chart's table, the summary with the evidence pages (as "Print with the evidence" does). */
async function everythingShown(el: TreatmentCompare) {
  await showEqual(el);
  await openEveryLayer(el);
  const chart = el.shadowRoot!.querySelector('tc-fit-chart')!;
  await openDetailsIn(el, chart.shadowRoot!.querySelectorAll('details'));
  const original = window.print;
  window.print = () => {};
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.print-evidence')!.click();
    await settle(el);
  } finally {
    window.print = original;
  }
  if (!el.shadowRoot!.querySelector('.summary-evidence-pages')) throw new Error('no evidence pages in the summary');
  return el;
}

describe('Language of Parts: dataset text shown in another language carries its lang (WCAG 3.1.2)', () => {
  it('an English-only dataset and clinic on a Spanish widget: every dataset text is lang="en", the widget words "es"', async () => {
    const { value: data, texts } = inOneLanguage(fullSmallDataset());
    const { value: clinic, texts: clinicTexts } = inOneLanguage(CLINIC);
    const el = await smallWidget({ lang: 'es' }, data);
    el.clinic = clinic;
    await settle(el);
    await everythingShown(el);
    const dataset = new Set([...texts, ...clinicTexts]);
    const wrong: string[] = [];
    const seen = new Set<string>();
    const spanish: string[] = [];
    for (const node of deepNodes(el.shadowRoot!)) {
      if (node.nodeType !== Node.TEXT_NODE || inChartPicture(node)) continue;
      const text = clean(node.textContent);
      if (!/\p{L}/u.test(text)) continue;
      if (dataset.has(text)) {
        seen.add(text);
        if (langOf(node) !== 'en') wrong.push(`${text} -> ${langOf(node)} in <${node.parentElement!.localName}>`);
      } else if (!inSources(node)) {
        if (langOf(node) !== 'es') wrong.push(`widget words ${text} -> ${langOf(node)}`);
        else spanish.push(text);
      }
    }
    expect(wrong.join('\n')).to.equal('');
    // Every kind of text was on the page: the checks above are not vacuous.
    for (const text of [
      'Alpha therapy',
      'alpha short',
      'What alpha is, briefly.',
      'alpha on cost, short.',
      'Alpha has few side effects.',
      'Some people get a mild headache.',
      'Pain halved at 3 months',
      'had their pain halved',
      'What will it cost me?',
      'Small test comparison',
      'No funding: written for tests.',
      'The authors sell none of these options.',
      'Ada Tester',
      'Made up for tests.',
      'Migraine',
      'Test Clinic',
      '$300 a session',
      'Book a visit',
    ])
      expect(seen.has(text), text).to.equal(true);
    expect(spanish.length).to.be.greaterThan(50);
    expect((await axeViolations(el)).join('\n')).to.equal('');
  });

  it('counselor mode: the compact grid, its popover and the chips', async () => {
    const { value: data, texts } = inOneLanguage(fullSmallDataset());
    const el = await smallWidget({ lang: 'es', mode: 'counselor' }, data, { equal: true });
    const grid = el.shadowRoot!.querySelector('tc-option-grid')!;
    grid.shadowRoot!.querySelector<HTMLButtonElement>('button.cell-button[data-option="alpha"][data-criterion="side-effects"]')!.click();
    await settle(el);
    const dataset = new Set(texts);
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const node of deepNodes(el.shadowRoot!)) {
      if (node.nodeType !== Node.TEXT_NODE || inChartPicture(node)) continue;
      const text = clean(node.textContent);
      if (!dataset.has(text)) continue;
      seen.add(text);
      if (langOf(node) !== 'en') wrong.push(`${text} -> ${langOf(node)} in <${node.parentElement!.localName}>`);
    }
    expect(wrong.join('\n')).to.equal('');
    for (const text of ['alpha short', 'Some people get a mild headache.', 'alpha on side-effects, short.', 'What will it cost me?'])
      expect(seen.has(text), text).to.equal(true);
    expect((await axeViolations(el)).join('\n')).to.equal('');
  });

  it('the built-in dataset in Spanish: no lang="en" anywhere (outside the cited sources)', async () => {
    const el = document.createElement('treatment-compare');
    el.setAttribute('lang', 'es');
    document.body.append(el);
    try {
      await settle(el);
      await everythingShown(el);
      const marked = [...deepNodes(el.shadowRoot!)].filter(
        (n): n is Element => n instanceof Element && (n.getAttribute('lang') ?? '').startsWith('en') && !inSources(n.firstChild ?? n),
      );
      expect(marked.map((n) => `<${n.localName}>${n.textContent}`).join('\n')).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('tc-option-grid').length).to.equal(1);
    } finally {
      el.remove();
    }
  });
});
