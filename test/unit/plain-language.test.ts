/**
 * Plain language, gated: what a patient reads, in the interface and in the built-in dataset.
 *
 * English (Flesch-Kincaid grade): the interface's sentences and the dataset's summaries average
 * grade 8 or lower, and no summary is above grade 10.
 *
 * Spanish (Fernández-Huerta reading ease, higher is easier; test/support/readability.ts): the
 * interface and the summaries average 60 or more, and no summary is below 50. Fernández-Huerta's
 * scale puts 60-70 at "normal (para adulto)", the level of grades 7-8, which is the English goal of
 * grade 8; 50-60 is "algo difícil", pre-university, the band of the English cap at grade 10. The
 * Szigriszt-Pazos score (INFLESZ scale: 55-65 "normal") is printed beside it, not gated: the two
 * formulas differ mainly in their constants, and one gate per language is enough.
 *
 * Interface sentences are the catalog's texts of four words or more (not lists, labels or dates),
 * with every message function applied to samples in its own language
 * (test/support/message-samples.ts): the dataset's real option and question names, so the score is
 * what a patient reads. Summaries are every cell's, in the general view and in each condition's.
 * Each test prints the average and the five worst, so a failure says what to rewrite.
 *
 * The first view's text (#11: each cell's short answer, each option's one-line description) is
 * gated the same way. And the dataset's words: one word for a fake treatment and one for a dummy
 * pill in each language, and every abbreviation (FDA, MBSR, CBT or TCC, ACT) spelled out in plain
 * words the first time each text uses it; the first view uses none of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, localText, messagesFor } from '../../src/i18n/index.js';
import { validateDataset, type Cell, type Dataset } from '../../src/model/index.js';
import { allTexts } from '../support/message-samples.js';
import { fernandezHuerta, fleschKincaidGrade, szigrisztPazos } from '../support/readability.js';

await loadCatalog('es');

const GRADE_AVERAGE = 8;
const GRADE_EACH_SUMMARY = 10;
const EASE_AVERAGE = 60;
const EASE_EACH_SUMMARY = 50;

/** Fragments that are not sentences: lists, labels with a number, dates. */
const FRAGMENTS = /^(list|chartPart|chartOfHundred|detailsFor|segmentTitle|rating|sliderValue|weightWords|date|certaintyLevels)\b/;

const sentences = (lang: 'en' | 'es') =>
  allTexts(messagesFor(lang)).filter(({ key, text }) => !FRAGMENTS.test(key) && text.trim().split(/\s+/).length >= 4);

const raw: unknown = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
const validated = validateDataset(raw);
const dataset = (validated.ok ? validated.dataset : raw) as Dataset;

function summaries(lang: 'en' | 'es'): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const add = (prefix: string, cells: Record<string, Record<string, Cell>>) => {
    for (const [option, byCriterion] of Object.entries(cells))
      for (const [criterion, cell] of Object.entries(byCriterion))
        out.push({ key: `${prefix}${option}.${criterion}`, text: localText(cell.summary, lang) });
  };
  add('cells.', dataset.cells);
  for (const condition of dataset.conditions ?? []) add(`${condition.id}.`, condition.cells);
  return out;
}

/** Every cell's short answer (general view and each condition's overrides) and every option's one-line description. */
function firstView(lang: 'en' | 'es'): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const add = (prefix: string, cells: Record<string, Record<string, Cell>>) => {
    for (const [option, byCriterion] of Object.entries(cells))
      for (const [criterion, cell] of Object.entries(byCriterion))
        out.push({ key: `${prefix}${option}.${criterion}.short`, text: cell.short ? localText(cell.short, lang) : '' });
  };
  add('cells.', dataset.cells);
  for (const condition of dataset.conditions ?? []) add(`${condition.id}.`, condition.cells);
  for (const option of dataset.options) out.push({ key: `${option.id}.brief`, text: option.brief ? localText(option.brief, lang) : '' });
  return out;
}

/** Every text a patient reads in the dataset, in one language (citations are left as published). */
function datasetTexts(lang: 'en' | 'es', value: unknown = raw, path = ''): { key: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => datasetTexts(lang, v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: { key: string; text: string }[] = [];
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === 'citations') continue;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>).en === 'string')
      out.push({ key: here, text: localText(v as Record<string, string>, lang) });
    else out.push(...datasetTexts(lang, v, here));
  }
  return out;
}

interface Scored {
  key: string;
  text: string;
  score: number;
}

/** Scores each text, prints the average and the five worst, and returns both. */
function score(title: string, texts: { key: string; text: string }[], measure: (text: string) => number, worst: 'high' | 'low') {
  const scores: Scored[] = texts.map(({ key, text }) => ({ key, text, score: measure(text) }));
  const average = scores.reduce((sum, x) => sum + x.score, 0) / scores.length;
  const sorted = [...scores].sort((a, b) => (worst === 'high' ? b.score - a.score : a.score - b.score));
  console.log(`${title}, ${scores.length} texts: average ${average.toFixed(1)}; worst five:`);
  for (const { key, score, text } of sorted.slice(0, 5))
    console.log(`  ${score.toFixed(1).padStart(5)}  ${key}: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`);
  return { average, scores, worstFirst: sorted };
}

const describeWorst = (list: Scored[]) => list.map(({ key, score }) => `${key} (${score.toFixed(1)})`);

describe('plain language in English (Flesch-Kincaid grade)', () => {
  it(`the interface averages grade ${GRADE_AVERAGE} or lower`, () => {
    const texts = sentences('en');
    expect(texts.length).toBeGreaterThan(50);
    const { average } = score('English interface, Flesch-Kincaid grade', texts, fleschKincaidGrade, 'high');
    expect(average).toBeLessThanOrEqual(GRADE_AVERAGE);
  });

  it(`the dataset's summaries average grade ${GRADE_AVERAGE} or lower, none above grade ${GRADE_EACH_SUMMARY}`, () => {
    const texts = summaries('en');
    expect(texts.length).toBeGreaterThan(30);
    const { average, scores } = score('English summaries, Flesch-Kincaid grade', texts, fleschKincaidGrade, 'high');
    expect(average).toBeLessThanOrEqual(GRADE_AVERAGE);
    expect(describeWorst(scores.filter((s) => s.score > GRADE_EACH_SUMMARY))).toEqual([]);
  });
});

describe('plain language in the first view (short answers and one-line descriptions)', () => {
  it(`English averages grade ${GRADE_AVERAGE} or lower, none above grade ${GRADE_EACH_SUMMARY}`, () => {
    const texts = firstView('en');
    expect(texts.filter((t) => !t.text).map((t) => t.key)).toEqual([]);
    const { average, scores } = score('English first view, Flesch-Kincaid grade', texts, fleschKincaidGrade, 'high');
    expect(average).toBeLessThanOrEqual(GRADE_AVERAGE);
    expect(describeWorst(scores.filter((s) => s.score > GRADE_EACH_SUMMARY))).toEqual([]);
  });

  it(`Spanish averages ${EASE_AVERAGE} or more (Fernández-Huerta), none below ${EASE_EACH_SUMMARY}`, () => {
    const texts = firstView('es');
    expect(texts.filter((t) => !t.text).map((t) => t.key)).toEqual([]);
    const { average, scores } = score('Spanish first view, Fernández-Huerta', texts, fernandezHuerta, 'low');
    score('Spanish first view, Szigriszt-Pazos (INFLESZ), not gated', texts, szigrisztPazos, 'low');
    expect(average).toBeGreaterThanOrEqual(EASE_AVERAGE);
    expect(describeWorst(scores.filter((s) => s.score < EASE_EACH_SUMMARY))).toEqual([]);
  });
});

describe("the dataset's words", () => {
  /** Where a text uses a word it should not, or an abbreviation before saying what it stands for. */
  function misuses(lang: 'en' | 'es', banned: RegExp, explained: [RegExp, RegExp][]): string[] {
    const found: string[] = [];
    for (const { key, text } of datasetTexts(lang)) {
      const bad = text.match(banned);
      if (bad) found.push(`${key}: "${bad[0]}"`);
      for (const [abbreviation, explanation] of explained) {
        const first = text.search(abbreviation);
        if (first >= 0 && !explanation.test(text.slice(0, first + 120)))
          found.push(`${key}: ${abbreviation.source.replaceAll('\\b', '')} not explained at its first use`);
      }
    }
    return found;
  }

  it('English: "fake treatment" and "dummy pill", never "sham" or "placebo"; FDA, MBSR, CBT and ACT explained where first used', () => {
    expect(
      misuses('en', /\b(sham|placebos?|FDA-cleared)\b/i, [
        [/\bFDA\b/, /^[^]*?\bFDA \(the (US )?agency that checks medical devices\)/],
        [/\bMBSR\b/, /mindfulness-based stress reduction \(MBSR\)/],
        [/\bCBT\b/, /cognitive behavioral therapy \(CBT\)/],
        [/\bACT\b/, /acceptance and commitment therapy \(ACT\)/],
      ]),
    ).toEqual([]);
  });

  it('Spanish: "tratamiento falso" and "pastilla sin medicamento", never "simulado" or "placebo"; FDA, MBSR, TCC and ACT explained where first used', () => {
    expect(
      misuses('es', /\b(simulad[oa]s?|placebos?)\b/i, [
        [/\bFDA\b/, /^[^]*?\bFDA \(la agencia (de EE\. UU\. )?que revisa los aparatos médicos\)/],
        [/\bMBSR\b/, /reducción del estrés basada en la atención plena \((mindfulness, )?MBSR\)/],
        [/\bTCC\b/, /terapia cognitivo-conductual \(TCC\)/],
        [/\bACT\b/, /terapia de aceptación y compromiso \(ACT\)/],
      ]),
    ).toEqual([]);
  });

  it('the first view uses no abbreviation or research word a patient may not know', () => {
    const abbreviations = /\b(FDA|MBSR|CBT|TCC|ACT|NICE|GRADE|NNT|RCT|SNRIs?|TCAs?|AINE|NSAIDs?)\b/;
    const words = /\b(sham|placebo|simulad[oa]|Cochrane|certainty|certeza|level [AB]|nivel [AB])\b/i;
    const found: string[] = [];
    for (const lang of ['en', 'es'] as const) {
      const texts = [
        ...firstView(lang),
        ...dataset.options.map((o) => ({ key: `${o.id}.shortLabel`, text: o.shortLabel ? localText(o.shortLabel, lang) : '' })),
      ];
      for (const { key, text } of texts) if (abbreviations.test(text) || words.test(text)) found.push(`${key} (${lang}): ${text}`);
    }
    expect(found).toEqual([]);
  });
});

describe('plain language in Spanish (Fernández-Huerta reading ease)', () => {
  it(`the interface averages ${EASE_AVERAGE} or more`, () => {
    const texts = sentences('es');
    expect(texts.length).toBeGreaterThan(50);
    const { average } = score('Spanish interface, Fernández-Huerta', texts, fernandezHuerta, 'low');
    score('Spanish interface, Szigriszt-Pazos (INFLESZ), not gated', texts, szigrisztPazos, 'low');
    expect(average).toBeGreaterThanOrEqual(EASE_AVERAGE);
  });

  it(`the dataset's summaries average ${EASE_AVERAGE} or more, none below ${EASE_EACH_SUMMARY}`, () => {
    const texts = summaries('es');
    expect(texts.length).toBeGreaterThan(30);
    const { average, scores } = score('Spanish summaries, Fernández-Huerta', texts, fernandezHuerta, 'low');
    score('Spanish summaries, Szigriszt-Pazos (INFLESZ), not gated', texts, szigrisztPazos, 'low');
    expect(average).toBeGreaterThanOrEqual(EASE_AVERAGE);
    expect(describeWorst(scores.filter((s) => s.score < EASE_EACH_SUMMARY))).toEqual([]);
  });

  it('scores shorter sentences as easier, as Fernández-Huerta meant (words per sentence, not sentences per word)', () => {
    const long = 'El dolor dura mucho y usted puede caminar un poco cada día y descansar después sin miedo.';
    const short = 'El dolor dura mucho. Usted puede caminar un poco cada día. Y descansar después sin miedo.';
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
  });
});
