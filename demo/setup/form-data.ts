/**
 * The form's fields -> the setup state. The field names are the ones `form-view.ts` renders; the
 * form is read whole on every change, so the page holds no second copy of what the person typed.
 */
import type { Catalog } from './catalog.js';
import { FACT_FIELDS, type OfferedHere, type SetupState } from './state.js';

/** What FormData offers that this needs (the browser's FormData, or Node's in the unit tests). */
export interface Fields {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

/** The field names, one place for the view and the reader. */
export const fieldName = {
  weight: (criterion: string) => `weight-${criterion}`,
  fact: (option: string, field: string) => `fact-${option}-${field}`,
};

const text = (fields: Fields, name: string) => {
  const value = fields.get(name);
  return typeof value === 'string' ? value : '';
};

const oneOf = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** A whole number from 0 to 10; anything else 5 (the widget's own default). */
export const weightValue = (value: string) => {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? Math.min(10, Math.max(0, Math.round(n))) : 5;
};

export function stateFromFields(fields: Fields, catalog: Catalog): SetupState {
  const ids = catalog.options.map((o) => o.id);
  const all = (name: string) => fields.getAll(name).filter((v): v is string => typeof v === 'string' && ids.includes(v));
  return {
    lang: oneOf(text(fields, 'lang'), ['', 'en', 'es'], ''),
    mode: oneOf(text(fields, 'mode'), ['patient', 'counselor'], 'patient'),
    condition: oneOf(
      text(fields, 'condition'),
      catalog.conditions.map((c) => c.id),
      '',
    ),
    options: all('options'),
    setWeights: fields.get('set-weights') !== null,
    weights: Object.fromEntries(catalog.criteria.map((c) => [c.id, weightValue(text(fields, fieldName.weight(c.id)))])),
    persist: fields.get('persist') !== null,
    clinic: {
      name: text(fields, 'clinic-name'),
      provides: all('provides'),
      facts: Object.fromEntries(
        ids.map((id) => [
          id,
          {
            ...(Object.fromEntries(FACT_FIELDS.map((field) => [field, text(fields, fieldName.fact(id, field))])) as Record<
              (typeof FACT_FIELDS)[number],
              string
            >),
            offeredHere: oneOf<OfferedHere>(text(fields, fieldName.fact(id, 'offeredHere')), ['', 'yes', 'no'], ''),
          },
        ]),
      ),
      contactLabel: text(fields, 'contact-label'),
      contactUrl: text(fields, 'contact-url'),
      checked: text(fields, 'checked'),
    },
  };
}
