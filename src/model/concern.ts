/**
 * The person's own choices that change what is compared: options set aside as deal-breakers,
 * and a concern of their own rated for each option (one more criterion). Page only: never in a link.
 */

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
  return { ...view, criteria: [...view.criteria, criterion], cells };
}
