/** The shipped dataset: valid, fully cited, complete in English and Spanish, in plain words. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetInLocale, depthPath, localePath } from '../../scripts/dataset-locales.js';
import { LOCALES, localText, type LocalText } from '../../src/i18n/index.js';
import { localiseCell, localiseDataset, resolveView, validateDataset, type Cell, type Dataset } from '../../src/model/index.js';
import { mergeDepth, type DatasetDepth } from '../../src/sources/dataset-depth.js';
import { fernandezHuerta, fleschKincaidGrade, szigrisztPazos } from '../support/readability.js';

const raw = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
const result = validateDataset(raw);
const dataset = (result.ok ? result.dataset : raw) as Dataset;

function allCells(): { path: string; cell: Cell }[] {
  const out: { path: string; cell: Cell }[] = [];
  for (const [o, byCriterion] of Object.entries(dataset.cells))
    for (const [c, cell] of Object.entries(byCriterion)) out.push({ path: `cells.${o}.${c}`, cell });
  for (const condition of dataset.conditions ?? []) {
    for (const [o, byCriterion] of Object.entries(condition.cells))
      for (const [c, cell] of Object.entries(byCriterion)) out.push({ path: `${condition.id}.${o}.${c}`, cell });
  }
  return out;
}

/** Every text field a patient reads (citations' bibliographic fields are left as published). */
function textFields(value: unknown = raw, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textFields(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: { path: string; value: unknown }[] = [];
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === 'citations' || ['id', 'published', 'reviewBy', 'certainty', 'evidence', 'score', 'range', 'count'].includes(key)) continue;
    const isText =
      typeof v === 'string' || (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'));
    if (isText) out.push({ path: here, value: v });
    else if (key === 'authors' && Array.isArray(v)) v.forEach((a, i) => out.push({ path: `${here}[${i}]`, value: a }));
    else out.push(...textFields(v, here));
  }
  return out;
}

/** Average and the worst five of a score over summaries (`worst` is 'high' for grades, 'low' for ease scores). */
function report(title: string, scores: { path: string; score: number }[], worst: 'high' | 'low') {
  const average = scores.reduce((s, g) => s + g.score, 0) / scores.length;
  const sorted = [...scores].sort((a, b) => (worst === 'high' ? b.score - a.score : a.score - b.score));
  console.log(`${title} of ${scores.length} summaries: average ${average.toFixed(1)}; worst five:`);
  for (const { path, score } of sorted.slice(0, 5)) console.log(`  ${score.toFixed(1).padStart(5)}  ${path}`);
  return { average, worst: sorted.slice(0, 5) };
}

describe('data/chronic-pain.json', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the options and criteria in the fixed order', () => {
    expect(dataset.options.map((o) => o.id)).toEqual(['tms', 'medication', 'physical-therapy', 'lifestyle', 'current-care']);
    expect(dataset.criteria.map((c) => c.id)).toEqual([
      'invasiveness',
      'side-effects',
      'cost',
      'availability',
      'effectiveness',
      'time-commitment',
      'time-to-relief',
    ]);
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

  it('is complete in English and Spanish: every text field has both, and they differ', () => {
    const fields = textFields();
    expect(fields.length).toBe(291); // 223, plus a short answer in each of 58 cells and a short name and a one-line description for each of 5 options
    const incomplete = fields.filter(({ value }) => {
      const map = value as Record<string, string>;
      return typeof value === 'string' || Object.keys(map).join() !== 'en,es' || !map.en.trim() || !map.es.trim() || map.en === map.es;
    });
    expect(incomplete.map((f) => f.path)).toEqual([]);
  });

  it('keeps citations as published (one language, not translated)', () => {
    for (const c of dataset.citations)
      for (const key of ['authors', 'title', 'source'] as const) expect(typeof c[key], `${c.id}.${key}`).toBe('string');
  });

  it('ships a copy per language in two parts, up to date and valid (the widget trusts them; `npm run data:locales` writes them)', () => {
    for (const locale of LOCALES) {
      const committed = readFileSync(localePath(locale), 'utf8');
      const committedDepth = readFileSync(depthPath(locale), 'utf8');
      const generated = datasetInLocale(locale);
      expect(committed, `data/locales/chronic-pain.${locale}.json is stale`).toBe(generated.brief);
      expect(committedDepth, `data/locales/chronic-pain.${locale}.depth.json is stale`).toBe(generated.depth);
      const copy = validateDataset(JSON.parse(committed));
      expect(copy.ok ? [] : copy.errors, locale).toEqual([]);
      const whole = validateDataset(mergeDepth(JSON.parse(committed) as Dataset, JSON.parse(committedDepth) as DatasetDepth));
      expect(whole.ok ? [] : whole.errors, `${locale} merged`).toEqual([]);
      expect(committed + committedDepth).not.toMatch(/"en":|"es":/);
      expect(committed, 'the brief part has no cell details or outcomes').not.toMatch(/"detail":|"outcomes":/);
    }
  });

  it('gives a whole dataset in one language, with the same ids and numbers', () => {
    const es = localiseDataset(dataset, ['es', 'en']);
    expect(es.options[0].label).toBe('EMT (estimulación magnética del cerebro)');
    expect(es.criteria.map((c) => c.id)).toEqual(dataset.criteria.map((c) => c.id));
    expect(es.cells.tms.cost.score).toBe(dataset.cells.tms.cost.score);
    expect(JSON.stringify(es)).not.toMatch(/"en":|"es":/);
  });

  it('reports the reading level of its summaries: English gated at grade 10 each, Spanish printed', () => {
    const cells = allCells();
    const english = report(
      'English readability (Flesch-Kincaid grade)',
      cells.map(({ path, cell }) => ({ path, score: fleschKincaidGrade(localText(cell.summary, 'en')) })),
      'high',
    );
    report(
      'Spanish readability (Fernández-Huerta; 60-70 normal, 70-80 fairly easy, higher is easier)',
      cells.map(({ path, cell }) => ({ path, score: fernandezHuerta(localText(cell.summary as LocalText, 'es')) })),
      'low',
    );
    report(
      'Spanish readability (Szigriszt-Pazos / INFLESZ; 55-65 normal, 65-80 fairly easy)',
      cells.map(({ path, cell }) => ({ path, score: szigrisztPazos(localText(cell.summary as LocalText, 'es')) })),
      'low',
    );
    expect(english.worst[0].score).toBeLessThanOrEqual(10);
    expect(english.average, 'goal: grade 8 or lower on average').toBeLessThanOrEqual(8);
  });
});

/**
 * The first view (#11): a short answer beside each rating, a short name over each column, a
 * one-line description of each option. English answers are about a dozen words (at most 16);
 * Spanish needs its articles and runs about 15% longer (at most 18).
 */
describe('the first view: short answers, short names, one-line descriptions', () => {
  const MAX_WORDS = { en: 16, es: 18 };
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const views = [undefined, ...(dataset.conditions ?? []).map((c) => c.id)];

  it.each(LOCALES)('has a short answer in every cell of every view, in %s, within 120 characters and about a dozen words', (lang) => {
    const local = localiseDataset(dataset, [lang]);
    const problems: string[] = [];
    let count = 0;
    for (const condition of views) {
      const view = resolveView(local, { condition });
      view.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          const where = `${condition ?? 'general'}: ${view.options[i].id}.${view.criteria[j].id}`;
          count++;
          const short = cell.short ?? '';
          if (!short.trim()) problems.push(`${where}: no short answer`);
          else if (short.length > 120 || words(short) > MAX_WORDS[lang] || words(short) < 6)
            problems.push(`${where}: ${short.length} characters, ${words(short)} words`);
        }),
      );
    }
    expect(count).toBe(views.length * 35);
    expect(problems).toEqual([]);
  });

  it('gives every option a short name of at most 16 characters and a one-line description, in English and Spanish', () => {
    for (const option of dataset.options) {
      for (const lang of LOCALES) {
        const shortLabel = localText(option.shortLabel as LocalText, lang);
        const brief = localText(option.brief as LocalText, lang);
        expect(shortLabel.length, `${option.id} shortLabel ${lang}`).toBeGreaterThan(0);
        expect(shortLabel.length, `${option.id} shortLabel ${lang}: ${shortLabel}`).toBeLessThanOrEqual(16);
        // One or two words ("de" joins a Spanish name such as "Estilo de vida" and is not counted).
        const nameWords = shortLabel.split(' ').filter((w) => w !== 'de');
        expect(nameWords.length, `${option.id} shortLabel ${lang}: one or two words`).toBeLessThanOrEqual(2);
        expect(brief.length, `${option.id} brief ${lang}`).toBeLessThanOrEqual(120);
        expect(words(brief), `${option.id} brief ${lang}: ${brief}`).toBeGreaterThanOrEqual(6);
        expect(words(brief), `${option.id} brief ${lang}: ${brief}`).toBeLessThanOrEqual(MAX_WORDS[lang]);
      }
    }
    expect(new Set(dataset.options.map((o) => localText(o.shortLabel as LocalText, 'en'))).size).toBe(dataset.options.length);
  });

  it('adds no number to a cell: every number in a short answer is in that cell, in the same language', () => {
    const numbers = (text: string) => text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    const added: string[] = [];
    for (const { path, cell } of allCells()) {
      for (const lang of LOCALES) {
        const local = localiseCell(cell, [lang]);
        const rest = JSON.stringify([local.summary, local.detail, local.outcomes]);
        for (const n of numbers(local.short ?? '')) if (!rest.includes(n)) added.push(`${path} (${lang}): ${n}`);
      }
    }
    expect(added).toEqual([]);
  });
});
