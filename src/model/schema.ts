/**
 * The shape of a dataset, written once with Valibot. The same schema validates datasets at run
 * time (no eval, so it works under a strict Content-Security-Policy), gives the TypeScript types,
 * and generates data/schema.json for clinics' own tools.
 *
 * Rules that need the whole dataset (every option has every criterion, citation ids resolve,
 * review-by after published) live in dataset.ts.
 */
import * as v from 'valibot';
import { EVIDENCE_LEVELS, INSUFFICIENT_RANGE, INSUFFICIENT_SCORE, isInsufficient, type EvidenceLevel } from './evidence.js';
import { hasCredentials, isHttpUrl } from './links.js';
import type { TextLangs } from './local-text.js';

export { EVIDENCE_LEVELS, INSUFFICIENT_RANGE, INSUFFICIENT_SCORE, isHttpUrl, isInsufficient, type EvidenceLevel };

/** Caps that keep a hostile or mistaken dataset from freezing the page. */
export const LIMITS = {
  options: 20,
  criteria: 20,
  citations: 300,
  conditions: 12,
  outcomesPerCell: 4,
  citationsPerCell: 12,
  authors: 50,
  shortText: 200,
  /** The first view's text: a short answer or a one-line description (about a dozen words). */
  briefText: 120,
  longText: 2000,
  /** Languages in one text field's map. */
  languages: 20,
} as const;

const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Keys that JavaScript objects inherit or treat specially: never an id, nor a key anywhere in a file. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const id = (what: string) =>
  v.pipe(
    v.string(`expected ${what} id as text`),
    v.regex(ID_PATTERN, `expected ${what} id of lower-case letters, digits and dashes (at most 40)`),
    v.check((value) => !RESERVED_KEYS.has(value), 'is a word JavaScript reserves ("constructor" or "prototype"); choose another id'),
  );

const text = (max: number) =>
  v.pipe(
    v.string('expected text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, (issue) => `is too long: at most ${max} characters, got ${String(issue.input).length}`),
  );

export const shortText = text(LIMITS.shortText);
export const longText = text(LIMITS.longText);

/** A language code as a key of localised text: "en", "es", "es-MX", "es-419", "zh-Hant-TW". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/**
 * Text a patient reads, in one language or several: either a string (shown in every language) or
 * an object of text by language code, e.g. `{ "en": "Cost", "es": "Costo" }`. A map needs at least
 * one language; English is recommended, because it is what shows when a language is missing
 * (without it, the first language given shows). Each entry follows the same rules as a string,
 * and an error names the entry: `cells.tms.cost.summary.es: is too long: ...`.
 */
const localised = (max: number) =>
  v.pipe(
    v.union(
      [
        text(max),
        v.pipe(
          v.record(
            v.pipe(v.string(), v.regex(LANGUAGE_CODE, 'expected a language code such as "en", "es" or "es-MX"')),
            text(max),
            'expected text, or an object of text by language code',
          ),
          v.minEntries(1, 'must have text in at least one language, such as { "en": "..." }'),
          v.maxEntries(
            LIMITS.languages,
            (issue) => `has too many languages: at most ${LIMITS.languages}, got ${Object.keys(issue.input as object).length}`,
          ),
        ),
      ],
      'expected text, or text by language such as { "en": "...", "es": "..." }',
    ),
    v.description(
      'Text shown in every language, or text by language code such as { "en": "Cost", "es": "Costo" }. English is shown when a language is missing.',
    ),
  );

/** Patient-facing text of up to 200 characters, in one language or several (see `localised`). */
export const localShortText = localised(LIMITS.shortText);
/** Patient-facing text of up to 2000 characters, in one language or several. */
export const localLongText = localised(LIMITS.longText);
/** Text for the first view: a short answer, a one-line description, a short name. */
export const localBriefText = localised(LIMITS.briefText);

export const isoDate = v.pipe(
  v.string('expected a date written as YYYY-MM-DD'),
  v.regex(DATE_PATTERN, 'expected a date written as YYYY-MM-DD'),
  v.check(isRealDate, 'is not a real calendar date'),
);

/**
 * Only plain http(s) links: a javascript: or data: link in a dataset must never reach an href, nor
 * a link that hides where it goes (`https://clinic.example@evil.example/`, `https:evil.example`).
 * The output is the normalised link (`new URL(link).href`), which is what gets rendered.
 */
export const httpUrl = v.pipe(
  v.string('expected a link as text'),
  v.maxLength(LIMITS.longText, `is too long: at most ${LIMITS.longText} characters`),
  v.check((value) => !hasCredentials(value), 'contains a user name or password (such as user:pass@ before the site), which links must not'),
  v.check((value: string) => isHttpUrl(value), 'expected a link starting with http:// or https://'),
  v.transform((value) => new URL(value).href),
);

const wholeNumber = (min: number, max: number) => {
  const message = `expected a whole number from ${min} to ${max}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
};

const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(
    v.array(item, `expected a list of ${what}`),
    v.maxLength(max, (issue) => `has too many ${what}: at most ${max}, got ${(issue.input as unknown[]).length}`),
  );

export const CERTAINTY_LEVELS = ['high', 'moderate', 'low', 'very low'] as const;

/** A natural-frequency outcome: how many of 100 people like those studied had it, over a stated time. */
export const OutcomeSchema = v.object({
  /** What is counted, e.g. "Pain-free 2 hours after treating a migraine attack". */
  label: localShortText,
  /** Who the numbers apply to, e.g. "Adults with migraine with aura in one trial (164 people)". */
  population: localShortText,
  /** The time frame, e.g. "2 hours after treatment". */
  timeFrame: localShortText,
  /** The positive frame, said of the counted people, e.g. "were pain-free". */
  event: localShortText,
  /** The other frame, said of the rest, e.g. "still had pain". */
  nonEvent: localShortText,
  /** How many of 100 people with this option: the best single figure. */
  count: wholeNumber(0, 100),
  /**
   * When the sources give a span rather than one figure (e.g. averages that differ by study
   * quality): `[low, high]` of 100, with `count` inside it. The widget then shows the span, in
   * words and in the picture, instead of `count`.
   */
  range: v.optional(v.tuple([wholeNumber(0, 100), wholeNumber(0, 100)], 'expected [low, high]')),
  /** The same count without it (sham, placebo or usual care), when the source gives one. */
  comparison: v.optional(
    v.object({
      label: localShortText,
      count: wholeNumber(0, 100),
    }),
  ),
});

export const CellSchema = v.object({
  /**
   * The answer in about a dozen plain words: what the first view shows in the comparison, beside
   * the rating. Equal detail: a dataset gives it for every cell or for none.
   */
  short: v.optional(localBriefText),
  /** The plain-language answer to the criterion's question for this option. */
  summary: localLongText,
  /** Extra detail shown when the cell is opened. */
  detail: v.optional(localLongText),
  /** 1-5, where 5 is best for the patient on this criterion. */
  score: wholeNumber(1, 5),
  /** Lowest and highest score the evidence allows, when it spans several. */
  range: v.optional(v.tuple([wholeNumber(1, 5), wholeNumber(1, 5)], 'expected [low, high]')),
  certainty: v.picklist(CERTAINTY_LEVELS, `expected one of: ${CERTAINTY_LEVELS.join(', ')}`),
  /**
   * "insufficient" when no study or guideline answers this question well enough to score it: the
   * widget then shows "Not enough evidence" instead of a rating, and the score must be 3 with the
   * range [1, 5] (the middle, with every score possible; see EVIDENCE_LEVELS).
   */
  evidence: v.optional(
    v.pipe(
      v.picklist(EVIDENCE_LEVELS, `expected one of: ${EVIDENCE_LEVELS.join(', ')}`),
      v.description(
        'Set to "insufficient" when no study or guideline answers this question well enough to score it. The widget shows "Not enough evidence" instead of a rating; the score must then be 3 and the range [1, 5].',
      ),
    ),
  ),
  outcomes: v.optional(list(OutcomeSchema, LIMITS.outcomesPerCell, 'outcomes')),
  citations: v.pipe(list(id('a citation'), LIMITS.citationsPerCell, 'citations'), v.minLength(1, 'must cite at least one source')),
});

const cellsByCriterion = v.record(v.string(), CellSchema, 'expected an object of cells keyed by criterion id');
const cellsByOption = v.record(v.string(), cellsByCriterion, 'expected an object keyed by option id');

export const DatasetSchema = v.object({
  meta: v.object({
    title: localShortText,
    /** The decision stated as a question. */
    question: localShortText,
    /** The condition in plain words. */
    condition: localLongText,
    published: isoDate,
    reviewBy: isoDate,
    updatePolicy: localLongText,
    funding: localLongText,
    competingInterests: localLongText,
    authors: v.pipe(list(localShortText, LIMITS.authors, 'authors'), v.minLength(1, 'must name at least one author')),
    /** How the evidence was found and scored. */
    method: v.optional(localLongText),
  }),
  options: v.pipe(
    list(
      v.object({
        id: id('an option'),
        label: localShortText,
        /** A name of a word or two for narrow columns, e.g. "TMS" (equal detail: every option or none). */
        shortLabel: v.optional(localBriefText),
        /** What it is, in one line of about a dozen words, shown first (every option or none). */
        brief: v.optional(localBriefText),
        description: localLongText,
      }),
      LIMITS.options,
      'options',
    ),
    v.minLength(2, 'must have at least two options to compare'),
  ),
  criteria: v.pipe(
    list(
      v.object({
        id: id('a criterion'),
        /** A short name, e.g. "Cost". */
        label: localShortText,
        /** The patient's question, e.g. "What will it cost me?". */
        question: localShortText,
        description: v.optional(localLongText),
      }),
      LIMITS.criteria,
      'criteria',
    ),
    v.minLength(1, 'must have at least one criterion'),
  ),
  cells: cellsByOption,
  conditions: v.optional(
    list(
      v.object({
        id: id('a condition'),
        label: localShortText,
        /** What differs for this condition, in plain words. */
        note: v.optional(localLongText),
        /** Cells that replace the default ones for this condition (whole cells, so nothing mixes). */
        cells: cellsByOption,
      }),
      LIMITS.conditions,
      'conditions',
    ),
  ),
  citations: v.pipe(
    list(
      v.object({
        id: id('a citation'),
        authors: shortText,
        year: wholeNumber(1900, 2100),
        title: v.pipe(
          v.string('expected text'),
          v.trim(),
          v.nonEmpty('must not be empty'),
          v.maxLength(400, 'is too long: at most 400 characters'),
        ),
        source: shortText,
        doi: v.optional(v.pipe(v.string('expected text'), v.regex(/^10\.\d{4,9}\/\S{1,200}$/, 'expected a DOI such as 10.1000/xyz'))),
        url: httpUrl,
      }),
      LIMITS.citations,
      'citations',
    ),
    v.minLength(1, 'must have at least one citation'),
  ),
});

/** A dataset as validated: its text fields may be strings or text by language. */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Cell = v.InferOutput<typeof CellSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

export type OptionInfo = Dataset['options'][number];
export type Criterion = Dataset['criteria'][number];
export type Citation = Dataset['citations'][number];
export type Condition = NonNullable<Dataset['conditions']>[number];

/**
 * `T` with every text field resolved to one language (a string): what the widget renders.
 * A text map is an object whose keys are any string and whose values are strings.
 */
export type Localised<T> = T extends string
  ? T
  : T extends readonly unknown[]
    ? { [K in keyof T]: Localised<T[K]> }
    : T extends object
      ? string extends keyof T
        ? T[string] extends string
          ? string
          : { [K in keyof T]: Localised<T[K]> }
        : { [K in keyof T]: Localised<T[K]> }
      : T;

/** A dataset in one language (see `localiseDataset`). */
export type LocalDataset = Localised<Dataset> & { /** Texts shown in another language (see `TextLangs`). */ langs?: TextLangs };
export type LocalCell = Localised<Cell>;
export type LocalOutcome = Localised<Outcome>;
export type LocalOption = Localised<OptionInfo>;
export type LocalCriterion = Localised<Criterion>;
export type LocalCondition = Localised<Condition>;

export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}
