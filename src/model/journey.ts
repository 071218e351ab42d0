/**
 * The decision journey's pure parts (Ottawa Personal Decision Guide and SURE test): where the
 * person is in deciding, how they want to decide, the SURE score, options set aside as
 * deal-breakers, and the picture behind an icon array. Wording lives in the message catalogs.
 */

export const STAGES = ['not-thought', 'considering', 'close', 'chosen'] as const;
export type Stage = (typeof STAGES)[number];

export const ROLES = ['on-my-own', 'together', 'clinician'] as const;
export type Role = (typeof ROLES)[number];

/** SURE (Légaré et al. 2010): Sure of myself, Understand information, Risk-benefit ratio, Encouragement. */
export const SURE_ITEMS = ['sure', 'understand', 'ratio', 'encouragement'] as const;
export type SureItem = (typeof SURE_ITEMS)[number];
export type SureAnswers = Partial<Record<SureItem, boolean>>;

export interface SureResult {
  /** Number of "yes" answers, 0-4. */
  score: number;
  /** How many of the four questions have an answer. */
  answered: number;
  /**
   * All four answered and fewer than four "yes": the test's sign of decisional conflict
   * (sensitivity 94%, specificity 90% against the Decisional Conflict Scale). A gentle note
   * that talking it through may help, never a verdict.
   */
  mayHelpToTalk: boolean;
}

export function scoreSure(answers: SureAnswers): SureResult {
  const given = SURE_ITEMS.filter((item) => typeof answers[item] === 'boolean');
  const score = given.filter((item) => answers[item] === true).length;
  return { score, answered: given.length, mayHelpToTalk: given.length === SURE_ITEMS.length && score < SURE_ITEMS.length };
}

/** How many of 100: one figure, or `[low, high]` when the sources give a span rather than one figure. */
export type Frequency = number | readonly [number, number];

/** A frequency as whole people out of `total`: `[low, high]` (equal for one figure), rounded and clamped; junk counts as 0. */
export function frequencySpan(frequency: Frequency, total = 100): [number, number] {
  const whole = (x: number) => (Number.isFinite(x) ? Math.min(total, Math.max(0, Math.round(x))) : 0);
  if (typeof frequency === 'number') return [whole(frequency), whole(frequency)];
  const [a, b] = [whole(frequency[0]), whole(frequency[1])];
  return a <= b ? [a, b] : [b, a];
}

/** The people not counted: `[total - high, total - low]`. */
export function otherFrame(frequency: Frequency, total = 100): [number, number] {
  const [low, high] = frequencySpan(frequency, total);
  return [total - high, total - low];
}

/** One icon: counted (`on`), inside the span the sources give (`maybe`), or not counted (`off`). */
export type IconState = 'on' | 'maybe' | 'off';

/**
 * An icon array of 100 whole icons, filled in rows from the top-left corner, so every option's
 * picture has the same denominator and reads the same way. For a span, the icons from low to
 * high are `maybe`. Returns one state per icon, row by row.
 */
export function iconArray(frequency: Frequency, total = 100): IconState[] {
  const [low, high] = frequencySpan(frequency, total);
  return Array.from({ length: total }, (_, index) => (index < low ? 'on' : index < high ? 'maybe' : 'off'));
}

// ---------------------------------------------------------------------------------------------
// Deal-breakers and the person's own concern: views for the existing model functions.

/** The least a view needs for these helpers (a `ComparisonView`, localised or not). */
interface ViewLike {
  options: { id: string }[];
  criteria: { id: string }[];
  cells: unknown[][];
}

/**
 * The view without the options the person set aside, so fit and robustness are computed over the
 * remaining ones. Unknown ids are ignored; the dataset's order is kept. Does not change `view`.
 */
export function withoutSetAside<V extends ViewLike>(view: V, setAside: readonly string[]): V {
  const aside = new Set(setAside);
  const keep = view.options.flatMap((option, index) => (aside.has(option.id) ? [] : [index]));
  if (keep.length === view.options.length) return view;
  return { ...view, options: keep.map((i) => view.options[i]), cells: keep.map((i) => view.cells[i]) };
}

/** The id of the criterion made from the person's own concern (never a dataset id: those have no `_`). */
export const OWN_CONCERN_ID = 'own_concern';
export const MAX_CONCERN_LABEL = 80;

/** A criterion the person names and rates each option on, 1-5 (5 most favourable). Page only. */
export interface OwnConcern {
  label: string;
  /** Option id -> 1-5. */
  ratings: Record<string, number>;
}

/** A concern from anywhere (a property, an event) made safe: text trimmed and cut, ratings whole 1-5 for known options. */
export function cleanConcern(value: unknown, optionIds: readonly string[]): OwnConcern | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as { label?: unknown; ratings?: unknown };
  const label = typeof raw.label === 'string' ? raw.label.trim().slice(0, MAX_CONCERN_LABEL) : '';
  const ratings: Record<string, number> = {};
  if (raw.ratings && typeof raw.ratings === 'object') {
    for (const id of optionIds) {
      const score = Object.hasOwn(raw.ratings, id) ? (raw.ratings as Record<string, unknown>)[id] : undefined;
      if (typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5) ratings[id] = score;
    }
  }
  return { label, ratings };
}

/** Whether the concern can join the comparison: it has a name and every option shown is rated. */
export function concernComplete(concern: OwnConcern | undefined, optionIds: readonly string[]): concern is OwnConcern {
  return !!concern && concern.label.trim() !== '' && optionIds.length > 0 && optionIds.every((id) => Object.hasOwn(concern.ratings, id));
}

/**
 * The view with the person's own concern as one more criterion (last), when it is complete; the
 * view unchanged otherwise. Its cells carry the person's rating as the score, no range (their own
 * rating is not uncertain evidence), and no citations: it is theirs, not the dataset's.
 */
export function withOwnConcern<V extends ViewLike>(view: V, concern: OwnConcern | undefined): V {
  const ids = view.options.map((o) => o.id);
  if (!concernComplete(concern, ids)) return view;
  const label = concern.label.trim();
  const criterion = { id: OWN_CONCERN_ID, label, question: label };
  const cells = view.cells.map((row, o) => [
    ...row,
    { summary: '', score: concern.ratings[ids[o]], certainty: 'very low', citations: [] as string[] },
  ]);
  return { ...view, criteria: [...view.criteria, criterion], cells } as V;
}

// ---------------------------------------------------------------------------------------------
// The journey's part of the opt-in URL hash: stage, role, SURE answers and options set aside.
// Never free text (notes, questions, the own concern's name): a link must not carry them.

export interface JourneyHashState {
  stage?: Stage;
  role?: Role;
  sure?: SureAnswers;
  setAside?: string[];
}

const JOURNEY_KEYS = { stage: 'tc-stage', role: 'tc-role', sure: 'tc-sure', setAside: 'tc-aside' } as const;
const MAX_HASH_CHARS = 4000;

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_HASH_CHARS) : '';
}

function paramsOf(hash: unknown): URLSearchParams {
  try {
    return new URLSearchParams(textOf(hash).replace(/^#/, ''));
  } catch {
    return new URLSearchParams();
  }
}

export function parseStage(value: unknown): Stage | undefined {
  return STAGES.find((stage) => stage === value);
}

export function parseRole(value: unknown): Role | undefined {
  return ROLES.find((role) => role === value);
}

/** `sure:y,understand:n` -> answers; unknown items and values are ignored. */
export function parseSure(value: unknown): SureAnswers {
  const answers: SureAnswers = {};
  for (const part of textOf(value).split(',')) {
    const [item, answer, extra] = part.split(':').map((s) => s.trim());
    const known = SURE_ITEMS.find((i) => i === item);
    if (known && extra === undefined && (answer === 'y' || answer === 'n')) answers[known] = answer === 'y';
  }
  return answers;
}

export function serialiseSure(answers: SureAnswers): string {
  return SURE_ITEMS.filter((item) => typeof answers[item] === 'boolean')
    .map((item) => `${item}:${answers[item] ? 'y' : 'n'}`)
    .join(',');
}

/**
 * Reads the journey's keys from a hash. Validated: a stage or role must be known, SURE answers
 * y/n, set-aside ids known to the dataset (`optionIds`). Anything else is dropped; never throws.
 */
export function readJourneyHash(hash: unknown, optionIds: readonly string[]): JourneyHashState {
  const params = paramsOf(hash);
  const state: JourneyHashState = {};
  const stage = parseStage(params.get(JOURNEY_KEYS.stage));
  if (stage) state.stage = stage;
  const role = parseRole(params.get(JOURNEY_KEYS.role));
  if (role) state.role = role;
  const sure = parseSure(params.get(JOURNEY_KEYS.sure));
  if (Object.keys(sure).length > 0) state.sure = sure;
  const asideText = params.get(JOURNEY_KEYS.setAside);
  if (asideText !== null) {
    const wanted = new Set(asideText.split(',').map((s) => s.trim()));
    const aside = optionIds.filter((id) => wanted.has(id));
    if (aside.length > 0) state.setAside = aside;
  }
  return state;
}

/** Writes the journey's keys into a hash, keeping every other key. Returns the hash with its `#` (or ''). */
export function writeJourneyHash(hash: unknown, state: JourneyHashState): string {
  const params = paramsOf(hash);
  const values: Record<keyof JourneyHashState, string> = {
    stage: parseStage(state.stage) ?? '',
    role: parseRole(state.role) ?? '',
    sure: state.sure ? serialiseSure(state.sure) : '',
    setAside: (state.setAside ?? []).join(','),
  };
  for (const [field, key] of Object.entries(JOURNEY_KEYS) as [keyof JourneyHashState, string][]) {
    if (values[field]) params.set(key, values[field]);
    else params.delete(key);
  }
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `#${text}` : '';
}
