/**
 * Bounds checked before any item is validated, so that refusing a bad file costs little whatever
 * its shape (a list of 640,000 empty objects, nesting 100,000 deep, an object with 100,000 keys).
 *
 * Three passes, each stopping at the first thing over a limit:
 * 1. `scanJsonText`: over the JSON text, before `JSON.parse`: how many values and how deep, by
 *    counting brackets and commas outside strings. Allocates nothing.
 * 2. `checkValueBounds`: over a value (parsed, or set by code as a property): the same counts,
 *    plus the length of every list and the key count of every object, and no key that JavaScript
 *    treats specially (`__proto__`, `constructor`, `prototype`). Cycles end at the depth limit.
 * 3. `datasetListCaps` / `clinicListCaps`: the schema's own list caps (at most 20 options, 300
 *    citations, ...) on the raw value, so the schema never walks the items of a list that is too long.
 */
import { own } from './own.js';
import { LIMITS, RESERVED_KEYS } from './schema.js';

export { own };

export const BOUNDS = {
  /** Values of any kind (objects, lists, text, numbers, true/false/null) in one file. */
  values: 100_000,
  /** Nesting of lists and objects. A dataset needs 11 at most. */
  depth: 16,
  /** Items in any one list; the longest list a dataset may have is its citations (300). */
  listItems: LIMITS.citations,
  /**
   * Keys in any one object; the most a dataset needs is one per option, criterion or language (20)
   * or a dozen named fields, so this leaves room for fields of one's own.
   */
  objectKeys: 50,
} as const;

const tooManyValues = (what: string) =>
  `${what} has too many values: at most ${BOUNDS.values.toLocaleString('en')} lists, objects, texts and numbers in all.`;
const tooDeep = (what: string) => `${what} is nested too deeply: at most ${BOUNDS.depth} levels of lists and objects.`;

/**
 * Over JSON text: stops at the first value past `BOUNDS.values` or the first level past
 * `BOUNDS.depth`. Returns the problem, or undefined. Malformed text is left to `JSON.parse`.
 */
export function scanJsonText(text: string, what: string): string | undefined {
  let values = 1;
  let depth = 0;
  let inString = false;
  let justOpened = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
      continue;
    }
    if (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) continue;
    if (justOpened) {
      justOpened = false;
      // A list or object with something in it holds one value more than it has commas.
      if (ch !== 0x5d /* ] */ && ch !== 0x7d /* } */ && ++values > BOUNDS.values) return tooManyValues(what);
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > BOUNDS.depth) return tooDeep(what);
      justOpened = true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
    else if (ch === 0x2c /* , */ && depth > 0 && ++values > BOUNDS.values) return tooManyValues(what);
  }
  return undefined;
}

interface Frame {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Frame | undefined;
}

function pathOf(frame: Frame | undefined): string {
  const keys: (string | number)[] = [];
  for (let f = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys
    .reverse()
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${key}`))
    .join('');
}

const at = (frame: Frame | undefined, message: string) => {
  const path = pathOf(frame);
  return path ? `${path}: ${message}` : message;
};

/**
 * Over a value: counts, depth, list lengths, key counts and reserved keys, stopping at the first
 * problem. Only own enumerable keys are read. Returns the problem, or undefined.
 */
export function checkValueBounds(input: unknown, what: string): string | undefined {
  const stack: Frame[] = [{ value: input, depth: 0, key: '', parent: undefined }];
  let values = 0;
  while (stack.length) {
    const frame = stack.pop()!;
    if (++values > BOUNDS.values) return tooManyValues(what);
    const { value } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (frame.depth >= BOUNDS.depth) return tooDeep(what);
    if (Array.isArray(value)) {
      if (value.length > BOUNDS.listItems)
        return at(frame, `has too many items: at most ${BOUNDS.listItems} in any list, got ${value.length}`);
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: frame.depth + 1, key: i, parent: frame });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > BOUNDS.objectKeys)
      return at(frame, `has too many entries: at most ${BOUNDS.objectKeys} in any object, got ${keys.length}`);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (RESERVED_KEYS.has(key)) return at(frame, `"${key}" cannot be used as a key or id (JavaScript reserves it); choose another`);
      stack.push({ value: (value as Record<string, unknown>)[key], depth: frame.depth + 1, key, parent: frame });
    }
  }
  return undefined;
}

function capList(errors: string[], value: unknown, path: string, max: number, what: string) {
  if (Array.isArray(value) && value.length > max) errors.push(`${path}: has too many ${what}: at most ${max}, got ${value.length}`);
}

function capKeys(errors: string[], value: unknown, path: string, max: number, what: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  if (keys.length > max) {
    errors.push(`${path}: has too many ${what}: at most ${max}, got ${keys.length}`);
    return [];
  }
  return keys;
}

function capCells(errors: string[], cells: unknown, path: string) {
  for (const optionId of capKeys(errors, cells, path, LIMITS.options, 'options')) {
    const row = own(cells, optionId);
    for (const criterionId of capKeys(errors, row, `${path}.${optionId}`, LIMITS.criteria, 'criteria')) {
      const cell = own(row, criterionId);
      const where = `${path}.${optionId}.${criterionId}`;
      capList(errors, own(cell, 'citations'), `${where}.citations`, LIMITS.citationsPerCell, 'citations');
      capList(errors, own(cell, 'outcomes'), `${where}.outcomes`, LIMITS.outcomesPerCell, 'outcomes');
    }
  }
}

/** The schema's list caps on a raw dataset, checked before the schema looks at any item. */
export function datasetListCaps(input: unknown): string[] {
  const errors: string[] = [];
  capList(errors, own(own(input, 'meta'), 'authors'), 'meta.authors', LIMITS.authors, 'authors');
  capList(errors, own(input, 'options'), 'options', LIMITS.options, 'options');
  capList(errors, own(input, 'criteria'), 'criteria', LIMITS.criteria, 'criteria');
  capList(errors, own(input, 'citations'), 'citations', LIMITS.citations, 'citations');
  const conditions = own(input, 'conditions');
  capList(errors, conditions, 'conditions', LIMITS.conditions, 'conditions');
  capCells(errors, own(input, 'cells'), 'cells');
  if (Array.isArray(conditions) && conditions.length <= LIMITS.conditions) {
    conditions.forEach((condition, index) => capCells(errors, own(condition, 'cells'), `conditions[${index}].cells`));
  }
  return errors;
}

/** The clinic schema's list caps, checked before the schema looks at any item. */
export function clinicListCaps(input: unknown): string[] {
  const errors: string[] = [];
  capList(errors, own(input, 'provides'), 'provides', LIMITS.options, 'options');
  capKeys(errors, own(input, 'facts'), 'facts', LIMITS.options, 'options');
  return errors;
}
