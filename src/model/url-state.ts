/**
 * The opt-in URL-hash form of the widget's state (`persist="url"`): one codec for every key.
 *
 * The hash belongs to the page. The widget owns only its own `key=value` segments (named with a
 * per-instance prefix, so two widgets on one page keep apart) and leaves every other byte of the
 * hash as it found it, in order. When the page uses its hash as an anchor (`#contact`) or a route
 * (`#/clinic/tms`, `#!/route`), adding segments would break it, so the state is then kept only in
 * the copied link, never written into the page's address.
 *
 * Never free text: notes, questions and the own concern's name are not state a link may carry.
 * Reading never throws: unknown keys are ignored, values validated against the dataset.
 */
import { parseSure, serialiseSure, type SureAnswers } from './sure.js';
import { parseRole, parseStage, type Role, type Stage } from './stage.js';

/** The most of one value that is read; longer values are the widget's own and cut, never the page's. */
export const MAX_STATE_CHARS = 4000;

/** What a link may carry. Weights, options and condition stay text: parse them against the dataset as for attributes. */
export interface UrlState {
  weights?: string;
  options?: string;
  condition?: string;
  stage?: Stage;
  role?: Role;
  sure?: SureAnswers;
  setAside?: string[];
}

/** Field -> key name after the prefix. */
const KEYS = {
  weights: 'weights',
  options: 'options',
  condition: 'condition',
  stage: 'stage',
  role: 'role',
  sure: 'sure',
  setAside: 'aside',
} as const satisfies Record<keyof UrlState, string>;

/**
 * The key prefix of one widget: `tc-` for a widget without an `id`, `tc-<id>-` for one with an id
 * (letters, digits, `-` and `_` kept; anything else dropped). Pages with several persisting
 * widgets give each an id.
 */
export function urlKeyPrefix(id: unknown): string {
  const clean = typeof id === 'string' ? id.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40) : '';
  return clean ? `tc-${clean}-` : 'tc-';
}

/** The hash without its `#`, split into segments; an empty hash has none. */
function segments(hash: unknown): string[] {
  const text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
  return text === '' ? [] : text.split('&');
}

/** Which field a segment holds for this prefix, if it is one of the widget's own. */
function ownField(segment: string, prefix: string): keyof UrlState | undefined {
  for (const [field, key] of Object.entries(KEYS) as [keyof UrlState, string][]) {
    if (segment.startsWith(`${prefix}${key}=`)) return field;
  }
  return undefined;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.slice(0, MAX_STATE_CHARS).replace(/\+/g, ' '));
  } catch {
    return '';
  }
}

/** A value as it goes in the hash: encoded, with `:` and `,` left readable. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/**
 * Reads this widget's state from a hash. Set-aside ids must be among `optionIds` when given (else
 * any id-shaped word is kept, and the view ignores ids it does not know); anything unknown is dropped.
 */
export function readUrlState(hash: unknown, prefix: string, optionIds?: readonly string[]): UrlState {
  const raw: Partial<Record<keyof UrlState, string>> = {};
  for (const segment of segments(hash)) {
    const field = ownField(segment, prefix);
    if (field) raw[field] = decode(segment.slice(segment.indexOf('=') + 1));
  }
  const state: UrlState = {};
  if (raw.weights) state.weights = raw.weights;
  if (raw.options) state.options = raw.options;
  if (raw.condition) state.condition = raw.condition;
  const stage = parseStage(raw.stage);
  if (stage) state.stage = stage;
  const role = parseRole(raw.role);
  if (role) state.role = role;
  const sure = parseSure(raw.sure);
  if (Object.keys(sure).length > 0) state.sure = sure;
  if (raw.setAside) {
    const wanted = [...new Set(raw.setAside.split(',').map((s) => s.trim()))];
    const aside = optionIds ? optionIds.filter((id) => wanted.includes(id)) : wanted.filter((id) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(id));
    if (aside.length > 0) state.setAside = aside;
  }
  return state;
}

/**
 * Whether the page's own part of a hash is a list of `key=value` pairs (or empty), so the widget's
 * segments can sit beside it without changing what it means to the page. An anchor (`#contact`)
 * or a route (`#/path`, `#!/path`) is not.
 */
export function hashTakesState(hash: unknown, prefix: string): boolean {
  const page = segments(hash).filter((s) => !ownField(s, prefix));
  return page.every((s) => /^[^/!=][^=]*=/.test(s));
}

/**
 * The hash with this widget's state written in: the page's segments untouched and in order, then
 * the widget's (empty values left out). Returns the hash with its `#`, or '' when nothing is left.
 */
export function writeUrlState(hash: unknown, prefix: string, state: UrlState): string {
  const page = segments(hash).filter((s) => !ownField(s, prefix));
  const values: Record<keyof UrlState, string> = {
    weights: state.weights ?? '',
    options: state.options ?? '',
    condition: state.condition ?? '',
    stage: parseStage(state.stage) ?? '',
    role: parseRole(state.role) ?? '',
    sure: state.sure ? serialiseSure(state.sure) : '',
    setAside: (state.setAside ?? []).join(','),
  };
  const own = (Object.keys(KEYS) as (keyof UrlState)[])
    .filter((field) => values[field] !== '')
    .map((field) => `${prefix}${KEYS[field]}=${encode(values[field])}`);
  const all = [...page, ...own];
  return all.length ? `#${all.join('&')}` : '';
}
