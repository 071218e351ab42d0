/**
 * A dataset or clinic configuration in one language: every text field resolved with `pickText`
 * (the language, its base, English, then any text), so what renders is always a string and never
 * a key or a blank. Done once per dataset and language, not while rendering.
 */
import { pickTextLang, type LocalText, type TextLangs } from './local-text.js';
import type { Clinic, LocalClinic } from './clinic.js';
import type { Cell, Dataset, LocalCell, LocalDataset, Outcome, LocalOutcome } from './schema.js';

/** The language keys to try in order, e.g. `['es-MX', 'es', 'en']` (a resolved locale's `textKeys`). */
export type TextLocale = readonly string[];

const base = (tag: string) => tag.split('-')[0];

/**
 * Resolves text for `locale`, noting in `langs` each text taken from another language than the
 * first key's (`es-MX` shown from `es` is the same language; from `en` it is marked `en`).
 */
function texts(locale: TextLocale, langs: Map<string, string>) {
  const t = (value: LocalText) => {
    const [text, lang] = pickTextLang(value, locale);
    if (lang && base(lang) !== base(locale[0])) langs.set(text, lang);
    return text;
  };
  return { t, opt: (value: LocalText | undefined) => (value === undefined ? undefined : t(value)) };
}

export function localiseDataset(data: Dataset, locale: TextLocale): LocalDataset {
  const langs = new Map<string, string>();
  const { t, opt } = texts(locale, langs);
  const cells = (byOption: Dataset['cells']): LocalDataset['cells'] => {
    const out: LocalDataset['cells'] = {};
    for (const [optionId, byCriterion] of Object.entries(byOption)) {
      const row: Record<string, LocalCell> = {};
      for (const [criterionId, cell] of Object.entries(byCriterion)) row[criterionId] = localiseCell(cell, locale, langs);
      out[optionId] = row;
    }
    return out;
  };
  const { meta } = data;
  return {
    ...data,
    meta: {
      ...meta,
      title: t(meta.title),
      question: t(meta.question),
      condition: t(meta.condition),
      updatePolicy: t(meta.updatePolicy),
      funding: t(meta.funding),
      competingInterests: t(meta.competingInterests),
      authors: meta.authors.map(t),
      method: opt(meta.method),
    },
    options: data.options.map((o) => ({
      ...o,
      label: t(o.label),
      shortLabel: opt(o.shortLabel),
      brief: opt(o.brief),
      description: t(o.description),
    })),
    criteria: data.criteria.map((c) => ({ ...c, label: t(c.label), question: t(c.question), description: opt(c.description) })),
    cells: cells(data.cells),
    conditions: data.conditions?.map((c) => ({ ...c, label: t(c.label), note: opt(c.note), cells: cells(c.cells) })),
    ...(langs.size && { langs }),
  };
}

/** A cell in one language; `langs` collects the texts shown in another language (see `TextLangs`). */
export function localiseCell(cell: Cell, locale: TextLocale, langs = new Map<string, string>()): LocalCell {
  const { t, opt } = texts(locale, langs);
  return {
    ...cell,
    short: opt(cell.short),
    summary: t(cell.summary),
    detail: opt(cell.detail),
    outcomes: cell.outcomes?.map((o) => localiseOutcome(o, t)),
  };
}

function localiseOutcome(outcome: Outcome, t: (value: LocalText) => string): LocalOutcome {
  return {
    ...outcome,
    label: t(outcome.label),
    population: t(outcome.population),
    timeFrame: t(outcome.timeFrame),
    event: t(outcome.event),
    nonEvent: t(outcome.nonEvent),
    comparison: outcome.comparison && { ...outcome.comparison, label: t(outcome.comparison.label) },
  };
}

/**
 * A clinic configuration in one language. Its `langs` holds the dataset's (`datasetLangs`) and its
 * own: the one table the root gives every part, since clinic text sits beside option names.
 */
export function localiseClinic(clinic: Clinic, locale: TextLocale, datasetLangs?: TextLangs): LocalClinic {
  const langs = new Map(datasetLangs);
  const { t, opt } = texts(locale, langs);
  const facts: NonNullable<LocalClinic['facts']> = {};
  for (const [optionId, f] of Object.entries(clinic.facts ?? {})) {
    facts[optionId] = { ...f, price: opt(f.price), wait: opt(f.wait), insurance: opt(f.insurance), note: opt(f.note) };
  }
  return {
    ...clinic,
    name: t(clinic.name),
    facts: clinic.facts && facts,
    contact: clinic.contact && { ...clinic.contact, label: t(clinic.contact.label) },
    ...(langs.size && { langs }),
  };
}
