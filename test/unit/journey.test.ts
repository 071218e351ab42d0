import { describe, expect, it } from 'vitest';
import { frequencySpan, iconArray, otherFrame, scoreSure } from '../../src/model/index.js';
import { OWN_CONCERN_ID, cleanConcern, concernComplete, withOwnConcern, withoutSetAside } from '../../src/model/index.js';
import { computeFit, computeRobustness, resolveView } from '../../src/model/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { journeyEnglish as journeyEnglishMarked } from '../../src/i18n/journey-en.js';
import { journeySpanish as journeySpanishMarked } from '../../src/i18n/journey-es.js';
import { plainCatalog } from '../support/plain-text.js';

// The words, without the isolate marks around dataset text (checked in bidi.test.ts).
const journeyEnglish = plainCatalog(journeyEnglishMarked);
const journeySpanish = plainCatalog(journeySpanishMarked);
import { suggestedQuestions } from '../../src/i18n/plan-questions.js';

describe('scoreSure', () => {
  it('counts yes answers and flags fewer than four only when all are answered', () => {
    expect(scoreSure({})).toEqual({ score: 0, answered: 0, mayHelpToTalk: false });
    expect(scoreSure({ sure: true, understand: true, ratio: true, encouragement: true })).toEqual({
      score: 4,
      answered: 4,
      mayHelpToTalk: false,
    });
    expect(scoreSure({ sure: true, understand: false, ratio: true, encouragement: true })).toEqual({
      score: 3,
      answered: 4,
      mayHelpToTalk: true,
    });
    expect(scoreSure({ sure: false, understand: false })).toEqual({ score: 0, answered: 2, mayHelpToTalk: false });
  });

  it('ignores anything that is not a yes or no', () => {
    expect(scoreSure({ sure: 'yes' as unknown as boolean, understand: true })).toEqual({ score: 1, answered: 1, mayHelpToTalk: false });
  });
});

describe('iconArray', () => {
  const on = (icons: string[]) => icons.filter((s) => s === 'on').length;

  it('fills whole icons in rows from the first corner', () => {
    const icons = iconArray(39);
    expect(icons).toHaveLength(100);
    expect(on(icons)).toBe(39);
    expect(icons.slice(0, 39).every((s) => s === 'on')).toBe(true);
    expect(icons.slice(39).every((s) => s === 'off')).toBe(true);
  });

  it('rounds and clamps, and treats junk as none', () => {
    expect(on(iconArray(38.6))).toBe(39);
    expect(on(iconArray(150))).toBe(100);
    expect(on(iconArray(-3))).toBe(0);
    expect(on(iconArray(Number.NaN))).toBe(0);
  });

  it('marks a span the sources give: low filled, the rest of the span shaded, in order', () => {
    const icons = iconArray([21, 29]);
    expect([on(icons), icons.filter((s) => s === 'maybe').length, icons.filter((s) => s === 'off').length]).toEqual([21, 8, 71]);
    expect(icons.slice(21, 29).every((s) => s === 'maybe')).toBe(true);
    expect(iconArray([29, 21])).toEqual(icons);
    expect(frequencySpan([-5, 140])).toEqual([0, 100]);
    expect(otherFrame([21, 29])).toEqual([71, 79]);
    expect(otherFrame(39)).toEqual([61, 61]);
  });
});

describe('deal-breakers: withoutSetAside', () => {
  const view = resolveView(smallDataset());
  const ids = view.options.map((o) => o.id);

  it('leaves the set-aside options out of fit and robustness, keeping the order', () => {
    const rest = withoutSetAside(view, [ids[1]]);
    expect(rest.options.map((o) => o.id)).toEqual(ids.filter((id) => id !== ids[1]));
    expect(rest.cells).toHaveLength(ids.length - 1);
    expect(rest.cells[1]).toBe(view.cells[2]);
    const weights = { cost: 5, 'side-effects': 5, relief: 5 };
    const fit = computeFit(rest, weights);
    expect(fit.fits.map((f) => f.optionId)).toEqual(rest.options.map((o) => o.id));
    expect(computeRobustness(rest, weights).topShare).toHaveLength(ids.length - 1);
  });

  it('ignores unknown ids and returns the same view when nothing is set aside', () => {
    expect(withoutSetAside(view, ['nope', '<x>'])).toBe(view);
  });

  it('with every option set aside, fit and robustness still answer without throwing', () => {
    const none = withoutSetAside(view, ids);
    expect(none.options).toHaveLength(0);
    expect(computeFit(none, { cost: 5 }).fits).toEqual([]);
    expect(computeRobustness(none, { cost: 5 }).status).toBe('no-priorities');
  });
});

describe('own concern', () => {
  const view = resolveView(smallDataset());
  const ids = view.options.map((o) => o.id);
  const full = { label: 'Driving after', ratings: Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1])) };

  it('cleans a concern: trims, cuts, keeps only whole 1-5 ratings of known options', () => {
    expect(cleanConcern(null, ids)).toBeUndefined();
    expect(cleanConcern({ label: '  x'.padEnd(200, 'y'), ratings: { [ids[0]]: 3, [ids[1]]: 7, [ids[2]]: 2.5, other: 4 } }, ids)).toEqual({
      label: 'x'.padEnd(80, 'y'),
      ratings: { [ids[0]]: 3 },
    });
  });

  it('joins the comparison only with a name and every option rated', () => {
    expect(concernComplete(full, ids)).toBe(true);
    expect(concernComplete({ ...full, label: ' ' }, ids)).toBe(false);
    expect(concernComplete({ label: 'x', ratings: { [ids[0]]: 2 } }, ids)).toBe(false);
    expect(withOwnConcern(view, { label: 'x', ratings: {} })).toBe(view);
  });

  it('adds one criterion whose scores are the ratings, and fit uses it', () => {
    const withConcern = withOwnConcern(view, full);
    expect(withConcern.criteria.at(-1)).toMatchObject({ id: OWN_CONCERN_ID, label: 'Driving after' });
    expect(withConcern.cells.map((row) => (row.at(-1) as { score: number }).score)).toEqual(ids.map((_, i) => (i % 5) + 1));
    const onlyConcern = computeFit(withConcern, { cost: 0, 'side-effects': 0, relief: 0, [OWN_CONCERN_ID]: 10 });
    expect(onlyConcern.fits.map((f) => Math.round(f.fit))).toEqual(ids.map((_, i) => (100 * (i % 5)) / 4));
    expect(view.criteria.some((c) => c.id === OWN_CONCERN_ID)).toBe(false);
  });
});

/** Every leaf of a catalog as text, functions called with sample arguments. */
const leaves = (value: unknown, path = ''): [string, string][] => {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value(39, 'a', 'b', 'c'))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
};

describe('journey catalogs', () => {
  it('has the same keys in Spanish, every text translated (not left in English)', () => {
    const en = leaves(journeyEnglish);
    const es = leaves(journeySpanish);
    expect(es.map(([k]) => k)).toEqual(en.map(([k]) => k));
    const same = es.filter(([k, text], i) => text === en[i][1] && !['.language', '.no'].includes(k));
    expect(same).toEqual([]);
    for (const [key, text] of leaves({ ...journeySpanish, iconAlt: journeySpanish.iconAlt('Dolor', 39, 'a', 'b') })) {
      expect(text, key).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
  });

  it('asks the SURE questions', () => {
    expect(Object.keys(journeyEnglish.sureQuestions)).toEqual(['sure', 'understand', 'ratio', 'encouragement']);
    expect(journeyEnglish.iconBothFrames(39, 'were pain-free', 'were not', 'at 2 hours')).toBe(
      'About 39 of 100 were pain-free; about 61 were not (at 2 hours).',
    );
    expect(journeySpanish.iconBothFrames(99, 'x', 'y', 'z')).toBe('Unas 99 de cada 100 x; alrededor de 1 y (z).');
  });
});

describe('suggestedQuestions: the plan follows the options still compared', () => {
  const ids = ['tms', 'medication', 'physical-therapy', 'lifestyle', 'current-care'];

  it('has questions for every option of the default dataset in both languages, then the general ones', () => {
    for (const messages of [journeyEnglish, journeySpanish]) {
      expect(Object.keys(messages.optionQuestions)).toEqual(ids);
      const all = suggestedQuestions(messages, ids);
      expect(all).toEqual(suggestedQuestions(messages));
      expect(all.slice(-messages.generalQuestions.length)).toEqual([...messages.generalQuestions]);
    }
  });

  it('asks about TMS only while TMS is compared', () => {
    const tms = /\b(TMS|EMT)\b/;
    for (const messages of [journeyEnglish, journeySpanish]) {
      expect(suggestedQuestions(messages, ids).some((q) => tms.test(q))).toBe(true);
      const without = suggestedQuestions(messages, ids.slice(1));
      expect(without.filter((q) => tms.test(q))).toEqual([]);
      expect(without).toHaveLength(suggestedQuestions(messages, ids).length - messages.optionQuestions.tms!.length);
    }
  });

  it('follows the order given, once per option; unknown ids (another dataset, or "toString") add nothing', () => {
    const m = journeyEnglish;
    expect(suggestedQuestions(m, ['current-care', 'medication', 'current-care'])).toEqual([
      ...m.optionQuestions['current-care']!,
      ...m.optionQuestions.medication!,
      ...m.generalQuestions,
    ]);
    expect(suggestedQuestions(m, ['acupuncture', 'toString', '__proto__'])).toEqual([...m.generalQuestions]);
    expect(suggestedQuestions(m, [])).toEqual([...m.generalQuestions]);
  });
});

describe('journey words (#11)', () => {
  const sureKeys = [
    'sureTitle',
    'sureIntro',
    'sureQuestions',
    'sureAllYes',
    'sureNote',
    'sureNextTitle',
    'sureNext',
    'summarySure',
  ] as const;
  const sureTexts = (m: typeof journeyEnglish) => sureKeys.flatMap((key) => leaves({ [key]: m[key] }).map(([, text]) => text));

  it('labels an option that is not possible with its name after a colon, so it reads right in both languages', () => {
    expect(journeyEnglish.dealBreaker('Pain medicines')).toBe('Not an option for me: Pain medicines');
    expect(journeySpanish.dealBreaker('Medicamentos para el dolor')).toBe('No es una opción para mí: Medicamentos para el dolor');
    expect(`${journeyEnglish.setAside}: ${journeyEnglish.setAsideNote('Pain medicines')}`).toBe(
      'Not an option for me: Pain medicines (left out of the comparison)',
    );
    expect(`${journeySpanish.setAside}: ${journeySpanish.setAsideNote('Seguir con su atención actual')}`).toBe(
      'No es una opción para mí: Seguir con su atención actual (fuera de la comparación)',
    );
  });

  it('says "deal-breaker" nowhere a patient reads it', () => {
    const text = leaves({
      ...journeyEnglish,
      dealBreaker: journeyEnglish.dealBreaker('X'),
      setAsideNote: journeyEnglish.setAsideNote('X'),
    });
    expect(text.filter(([, t]) => /deal.?breaker/i.test(t))).toEqual([]);
  });

  it('asks the SURE questions in Spanish without gender, and with the four items of the test', () => {
    // Adjectives that agree with the reader: "seguro/a", "listo/a", "avanzado/a" and the like.
    const gendered = /\b(segur|list|avanzad|preparad|decidid|convencid|atent|confundid)[oa]s?\b/i;
    const spanish = [...sureTexts(journeySpanish), journeySpanish.stageQuestion, ...Object.values(journeySpanish.optionQuestions).flat()];
    expect(spanish.filter((t) => gendered.test(t))).toEqual([]);
    expect(Object.keys(journeySpanish.sureQuestions)).toEqual(['sure', 'understand', 'ratio', 'encouragement']);
    expect(journeySpanish.sureQuestions.sure).toBe('¿Tiene claro cuál es la mejor opción para usted?');
  });

  it('gives the SURE check a title no one can take for the chart\'s "Could this change?"', () => {
    for (const m of [journeyEnglish, journeySpanish]) {
      expect(m.sureTitle).not.toMatch(/how sure|qué tan segur|could this change|podría cambiar|picture|resultado/i);
      expect(m.summarySure).not.toMatch(/how sure|qué tan segur/i);
    }
  });
});
