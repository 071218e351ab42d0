/** Priority weights: one 0-10 slider value per criterion id. */
export type Weights = Readonly<Record<string, number>>;

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 10;
export const DEFAULT_WEIGHT = 5;

/** Any input to a whole slider step within 0-10; junk (NaN, text) gives `fallback`. */
export function clampWeight(value: unknown, fallback = DEFAULT_WEIGHT): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fallback;
  return Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, Math.round(n)));
}

/** A criterion's weight as given, or undefined: never something every object inherits. */
export function weightOf(weights: Weights, id: string): unknown {
  return typeof weights === 'object' && weights !== null && Object.hasOwn(weights, id) ? weights[id] : undefined;
}

/** Every criterion gets a weight: the given one (clamped) or the default. Unknown ids are dropped. */
export function completeWeights(criterionIds: readonly string[], given: Readonly<Record<string, unknown>> = {}): Weights {
  const weights: Record<string, number> = {};
  for (const id of criterionIds) {
    weights[id] = Object.hasOwn(given, id) ? clampWeight(given[id]) : DEFAULT_WEIGHT;
  }
  return weights;
}

/**
 * Whether every slider is still at the starting value (the middle): the picture then reflects no
 * one's priorities yet, and the widget says so rather than "your priorities".
 */
export function allAtStart(weights: Weights): boolean {
  return Object.values(weights).every((w) => w === DEFAULT_WEIGHT);
}

/** Weights in criterion order, scaled to sum to 1; all zero gives all zero (nothing to compare). */
export function normaliseWeights(criterionIds: readonly string[], weights: Weights): number[] {
  const raw = criterionIds.map((id) => clampWeight(weightOf(weights, id), 0));
  const total = raw.reduce((sum, w) => sum + w, 0);
  return total === 0 ? raw.map(() => 0) : raw.map((w) => w / total);
}
