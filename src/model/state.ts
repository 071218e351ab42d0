/**
 * The widget's state as attribute text: `weights` and `options` (the URL-hash form is url-state.ts).
 * Parsing never throws: unknown ids are ignored, values clamped, junk dropped.
 */
import { clampWeight, completeWeights, weightOf, type Weights } from './weights.js';

import { MAX_STATE_CHARS } from './url-state.js';

/** `cost:8,side-effects:3` -> weights for every criterion (the default where not given). */
export function parseWeights(text: unknown, criterionIds: readonly string[]): Weights {
  const given: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const part of safeText(text).split(',')) {
    const [rawId, value, extra] = part.split(':').map((s) => s.trim());
    const id = rawId?.toLowerCase();
    if (extra === undefined && id && value !== undefined && criterionIds.includes(id)) given[id] = clampWeight(value);
  }
  return completeWeights(criterionIds, given);
}

/** The `weights` property (text or an object) as complete weights for these criterion ids. */
export function weightsFromInput(value: unknown, criterionIds: readonly string[]): Weights {
  return typeof value === 'object' && value !== null
    ? completeWeights(criterionIds, value as Record<string, unknown>)
    : parseWeights(value, criterionIds);
}

/** Weights -> `invasiveness:5,cost:8,...`, in criterion order (by default, the order they are in). */
export function serialiseWeights(weights: Weights, criterionIds: readonly string[] = Object.keys(weights)): string {
  return criterionIds.map((id) => `${id}:${clampWeight(weightOf(weights, id))}`).join(',');
}

/** `tms,medication` -> the known ids, in the dataset's order, each once. Empty when none is known. */
export function parseIdList(text: unknown, knownIds: readonly string[]): string[] {
  const wanted = new Set(safeText(text).split(',').map(idToken));
  return knownIds.filter((id) => wanted.has(id));
}

/**
 * An id as a page may type it: dataset ids are lower-case (the schema requires it), so `TMS ` or
 * `Physical-Therapy` find theirs.
 */
export function idToken(text: string): string {
  return text.trim().toLowerCase();
}

function safeText(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_STATE_CHARS) : '';
}
