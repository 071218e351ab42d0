/**
 * The widget's state as text: the `weights` and `options` attributes and an opt-in URL-hash form.
 * Parsing never throws: unknown ids are ignored, values clamped, junk dropped.
 */
import { clampWeight, completeWeights, weightOf, type Weights } from './weights.js';

/** Longer attribute or hash text is cut before parsing, so a hostile string cannot stall the page. */
export const MAX_STATE_CHARS = 4000;

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

/** Weights -> `invasiveness:5,cost:8,...`, in criterion order. */
export function serialiseWeights(weights: Weights, criterionIds: readonly string[]): string {
  return criterionIds.map((id) => `${id}:${clampWeight(weightOf(weights, id))}`).join(',');
}

/** `tms,medication` -> the known ids, in the dataset's order, each once. Empty when none is known. */
export function parseIdList(text: unknown, knownIds: readonly string[]): string[] {
  const wanted = new Set(safeText(text).split(',').map(idToken));
  return knownIds.filter((id) => wanted.has(id));
}

export function serialiseIdList(ids: readonly string[]): string {
  return ids.join(',');
}

export interface HashState {
  weights?: string;
  options?: string;
  condition?: string;
}

const HASH_KEYS = { weights: 'tc-weights', options: 'tc-options', condition: 'tc-condition' } as const;

/**
 * Reads `#tc-weights=cost:8&tc-options=tms,medication&tc-condition=migraine` (other keys in the
 * hash belong to the page and are left alone). Values stay text: parse them with the functions
 * above against the dataset, as for attributes.
 */
export function readHash(hash: unknown): HashState {
  const params = hashParams(safeText(hash));
  const state: HashState = {};
  for (const [field, key] of Object.entries(HASH_KEYS) as [keyof HashState, string][]) {
    const value = params.get(key);
    if (value !== null) state[field] = value;
  }
  return state;
}

/** Writes the state into a hash, keeping the page's own keys. Returns the hash with its `#`. */
export function writeHash(hash: unknown, state: HashState): string {
  const params = hashParams(safeText(hash));
  for (const [field, key] of Object.entries(HASH_KEYS) as [keyof HashState, string][]) {
    const value = state[field];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text ? `#${text}` : '';
}

function hashParams(hash: string): URLSearchParams {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return new URLSearchParams();
  }
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
