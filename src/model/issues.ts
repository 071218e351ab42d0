/** Validation issues as plain sentences that name the exact place: `cells.tms.cost.score: ...`. */
import type * as v from 'valibot';
import { scanJsonText } from './bounds.js';

/** More errors than this are summarised; nobody reads a thousand of them. */
const MAX_ERRORS = 50;

export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.flatMap((issue) => closestIssues(issue).map(describeIssue));
}

/**
 * For a value that matched none of a union's shapes, the problems of the shape it came closest
 * to: text by language with a bad entry says `summary.es: expected text, got 5` rather than only
 * that the field is neither text nor text by language.
 */
function closestIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  // A union's own issues carry paths relative to it: a problem inside the value has a path.
  const inside = issue.issues.filter((sub) => sub.path?.length);
  if (!inside.length) return [issue];
  return inside.flatMap((sub) => closestIssues({ ...sub, path: [...(issue.path ?? []), ...(sub.path ?? [])] as typeof sub.path }));
}

export function limitErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), `...and ${rest} more problem${rest === 1 ? '' : 's'}.`];
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path ?? []);
  return path ? `${path}: ${plainMessage(issue)}` : plainMessage(issue);
}

/** Words for the types Valibot names in its own messages. */
const TYPE_WORDS: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/**
 * Every message in plain words: ours as written, Valibot's defaults ("Invalid key: Expected
 * "title" but received undefined") rewritten.
 */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  // An object's missing key: Valibot reports the key with no input.
  if (issue.kind === 'schema' && /object$/.test(issue.type) && issue.input === undefined && issue.path?.length) return 'is missing';
  let message = issue.message;
  if (message.startsWith('Invalid ')) {
    const expected = issue.expected ?? '';
    message = `expected ${Object.hasOwn(TYPE_WORDS, expected) ? TYPE_WORDS[expected] : expected.replace(/"/g, '') || 'something else'}`;
  }
  const showsValue = issue.kind === 'schema' || ['min_value', 'max_value', 'integer'].includes(issue.type);
  return showsValue && !message.includes(', got ') ? `${message}, got ${describeValue(issue.input)}` : message;
}

function formatPath(path: readonly v.IssuePathItem[]): string {
  return path.map((item, index) => (typeof item.key === 'number' ? `[${item.key}]` : `${index ? '.' : ''}${String(item.key)}`)).join('');
}

/** A short, safe description of a bad value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 40 ? `text of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** A UTF-8 byte order mark, which some editors write at the start of a file. */
const BOM = '\uFEFF';

/**
 * JSON text -> value, refusing absurd sizes and shapes before parsing (see bounds.ts); a leading
 * byte order mark is ignored. `what` names the input in messages ("The dataset").
 */
export function readJson(json: string, what: string, maxChars: number): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  if (typeof json !== 'string') return { ok: false, errors: [`${what} is not text.`] };
  if (json.length > maxChars) return { ok: false, errors: [`${what} is too large: at most ${maxChars} characters, got ${json.length}.`] };
  const text = json.startsWith(BOM) ? json.slice(1) : json;
  const tooBig = scanJsonText(text, what);
  if (tooBig) return { ok: false, errors: [tooBig] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`${what} is not valid JSON: ${(error as Error).message}`] };
  }
}
