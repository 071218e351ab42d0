/**
 * A pasted snippet's parts -> the setup state, with a note for everything that could not be loaded
 * into the form. Pure: the DOM part (reading the pasted code) is read-snippet.ts.
 */
import { readJson } from '../../src/model/issues.js';
import { MAX_CLINIC_CHARS } from '../../src/model/clinic.js';
import type { Catalog } from './catalog.js';
import { weightValue } from './form-data.js';
import { defaultState, emptyFacts, FACT_FIELDS, type SetupState } from './state.js';

export interface SnippetParts {
  attributes: [string, string][];
  /** The text of the element's `<script type="application/json">` block, if it has one. */
  clinicText?: string;
}

type Loaded = { state: SetupState; notes: string[] };

const idList = (value: string) =>
  value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);

/** Text as the form holds it: a string, or the English (else the first) of text by language. */
function formText(value: unknown, place: string, notes: string[]): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (entries.length > 1)
      notes.push(`${place}: the form holds one language, so only the ${entries[0][0] === 'en' ? 'English' : 'first'} text was loaded.`);
    return (entries.find(([lang]) => lang === 'en') ?? entries[0])?.[1] ?? '';
  }
  if (value !== undefined) notes.push(`${place}: expected text, so it was left empty.`);
  return '';
}

function loadAttributes(state: SetupState, attributes: [string, string][], catalog: Catalog, notes: string[]) {
  const optionIds = catalog.options.map((o) => o.id);
  for (const [name, raw] of attributes) {
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (name === 'lang' && (lower === 'en' || lower === 'es' || lower === '')) state.lang = lower;
    else if (name === 'lang' && /^(en|es)-/.test(lower)) state.lang = lower.slice(0, 2) as 'en' | 'es';
    else if (name === 'mode' && (lower === 'patient' || lower === 'counselor')) state.mode = lower;
    else if (name === 'condition' && (lower === '' || catalog.conditions.some((c) => c.id === lower))) state.condition = lower;
    else if (name === 'persist' && lower === 'url') state.persist = true;
    else if (name === 'options') {
      const ids = idList(value);
      const unknown = ids.filter((id) => !optionIds.includes(id));
      if (unknown.length) notes.push(`options: no option has the id ${unknown.map((id) => `"${id}"`).join(', ')}; it was left out.`);
      state.options = optionIds.filter((id) => ids.includes(id));
    } else if (name === 'weights') {
      state.setWeights = true;
      for (const pair of idList(value)) {
        const [id, number = ''] = pair.split(':');
        if (Object.hasOwn(state.weights, id)) state.weights[id] = weightValue(number);
        else notes.push(`weights: no question has the id "${id}"; it was left out.`);
      }
    } else notes.push(`${name}="${value}": the form does not set this, so it was left out.`);
  }
}

function loadClinic(state: SetupState, text: string, catalog: Catalog, notes: string[]) {
  const read = readJson(text, 'The clinic configuration', MAX_CLINIC_CHARS);
  if (!read.ok) {
    notes.push(...read.errors);
    return;
  }
  if (!read.value || typeof read.value !== 'object' || Array.isArray(read.value)) {
    notes.push('The clinic configuration is not an object, so it was left out.');
    return;
  }
  const given = read.value as Record<string, unknown>;
  const form = state.clinic;
  const optionIds = catalog.options.map((o) => o.id);
  form.name = formText(given.name, 'name', notes);
  if (Array.isArray(given.provides)) {
    const ids = given.provides.filter((id): id is string => typeof id === 'string');
    const unknown = ids.filter((id) => !optionIds.includes(id));
    if (unknown.length) notes.push(`provides: no option has the id ${unknown.map((id) => `"${id}"`).join(', ')}; it was left out.`);
    form.provides = optionIds.filter((id) => ids.includes(id));
  }
  const facts = given.facts && typeof given.facts === 'object' ? (given.facts as Record<string, unknown>) : {};
  for (const [id, entry] of Object.entries(facts)) {
    if (!optionIds.includes(id) || !entry || typeof entry !== 'object') {
      notes.push(`facts.${id}: no option has this id; these facts were left out.`);
      continue;
    }
    const fact = entry as Record<string, unknown>;
    const loaded = emptyFacts();
    for (const field of FACT_FIELDS) loaded[field] = formText(fact[field], `facts.${id}.${field}`, notes);
    if (typeof fact.offeredHere === 'boolean') loaded.offeredHere = fact.offeredHere ? 'yes' : 'no';
    form.facts[id] = loaded;
  }
  const contact = given.contact && typeof given.contact === 'object' ? (given.contact as Record<string, unknown>) : {};
  form.contactLabel = formText(contact.label, 'contact.label', notes);
  form.contactUrl = typeof contact.url === 'string' ? contact.url : '';
  form.checked = typeof given.checked === 'string' ? given.checked : '';
}

export function stateFromSnippet(parts: SnippetParts, catalog: Catalog): Loaded {
  const state = defaultState(catalog);
  const notes: string[] = [];
  loadAttributes(state, parts.attributes, catalog, notes);
  if (parts.clinicText !== undefined) loadClinic(state, parts.clinicText, catalog, notes);
  return { state, notes };
}
