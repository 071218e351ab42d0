/**
 * What the setup form holds, and what it becomes: the element's attributes and the clinic's
 * configuration (the JSON block). Pure: no DOM.
 */
import { localToday } from '../../src/model/dates.js';
import type { Catalog } from './catalog.js';

export const FACT_FIELDS = ['price', 'wait', 'insurance', 'note'] as const;
export type FactField = (typeof FACT_FIELDS)[number];
export type OfferedHere = '' | 'yes' | 'no';
export type OptionFacts = Record<FactField, string> & { offeredHere: OfferedHere };

export interface ClinicForm {
  name: string;
  provides: string[];
  facts: Record<string, OptionFacts>;
  contactLabel: string;
  contactUrl: string;
  checked: string;
}

export interface SetupState {
  lang: '' | 'en' | 'es';
  mode: 'patient' | 'counselor';
  condition: string;
  /** The options shown; every option when all are. */
  options: string[];
  /** Whether the widget starts with priorities (the `weights` attribute) or waits for the person. */
  setWeights: boolean;
  weights: Record<string, number>;
  persist: boolean;
  clinic: ClinicForm;
}

export const emptyFacts = (): OptionFacts => ({ price: '', wait: '', insurance: '', note: '', offeredHere: '' });

/** An empty form; the date checked starts at today, so naming the clinic and ticking an option is enough to see the disclosure. */
export function defaultState(catalog: Catalog, today = localToday()): SetupState {
  return {
    lang: '',
    mode: 'patient',
    condition: '',
    options: catalog.options.map((o) => o.id),
    setWeights: false,
    weights: Object.fromEntries(catalog.criteria.map((c) => [c.id, 5])),
    persist: false,
    clinic: {
      name: '',
      provides: [],
      facts: Object.fromEntries(catalog.options.map((o) => [o.id, emptyFacts()])),
      contactLabel: '',
      contactUrl: '',
      checked: today,
    },
  };
}

/** The element's attributes, in a fixed order, leaving out what is the default. */
export function toAttributes(state: SetupState, catalog: Catalog): [string, string][] {
  const attributes: [string, string][] = [];
  if (state.lang) attributes.push(['lang', state.lang]);
  if (state.mode !== 'patient') attributes.push(['mode', state.mode]);
  if (state.condition) attributes.push(['condition', state.condition]);
  const shown = catalog.options.filter((o) => state.options.includes(o.id)).map((o) => o.id);
  if (shown.length && shown.length < catalog.options.length) attributes.push(['options', shown.join(',')]);
  if (state.setWeights) {
    attributes.push(['weights', catalog.criteria.map((c) => `${c.id}:${state.weights[c.id] ?? 5}`).join(',')]);
  }
  if (state.persist) attributes.push(['persist', 'url']);
  return attributes;
}

/** Problems the form itself sees (the clinic's facts are checked by the widget's own validator). */
export function settingsProblems(state: SetupState): { field: string; message: string }[] {
  return state.options.length ? [] : [{ field: 'options', message: 'Choose at least one option to show.' }];
}

/**
 * The clinic's configuration as the widget reads it, or undefined when the clinic part of the form
 * is empty (the date alone does not count: it starts filled in). Blank fields are left out, so the
 * validator says "is missing" only where one is needed.
 */
export function toClinic(form: ClinicForm, catalog: Catalog): Record<string, unknown> | undefined {
  const trim = (text: string) => text.trim();
  const facts: Record<string, Record<string, unknown>> = {};
  for (const { id } of catalog.options) {
    const given = form.facts[id] ?? emptyFacts();
    const entry: Record<string, unknown> = {};
    for (const field of FACT_FIELDS) if (trim(given[field])) entry[field] = trim(given[field]);
    if (given.offeredHere) entry.offeredHere = given.offeredHere === 'yes';
    if (Object.keys(entry).length) facts[id] = entry;
  }
  const label = trim(form.contactLabel);
  const url = trim(form.contactUrl);
  const name = trim(form.name);
  const checked = trim(form.checked);
  if (!name && !form.provides.length && !Object.keys(facts).length && !label && !url) return undefined;
  const clinic: Record<string, unknown> = {};
  if (name) clinic.name = name;
  clinic.provides = catalog.options.map((o) => o.id).filter((id) => form.provides.includes(id));
  if (Object.keys(facts).length) clinic.facts = facts;
  if (label || url) clinic.contact = { ...(label && { label }), ...(url && { url }) };
  if (checked) clinic.checked = checked;
  return clinic;
}
