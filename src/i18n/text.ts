/**
 * Text in a dataset (or a clinic's configuration) is either one string, shown in every language,
 * or an object of text by language code: `{ "en": "Cost", "es": "Costo" }`.
 * Pure functions, no DOM: the model uses them too.
 */
import { localeCandidates, type ResolvedLocale } from './locale.js';

/** A text field as a dataset may write it. */
export type LocalText = string | Readonly<Record<string, string>>;

/**
 * The text to show for a locale: a string as it is; from a map, the first non-blank entry of
 * `es-MX`, `es`, `en`, then the first entry of any language. Never a key, and never blank when
 * the field has any text at all ('' only for a missing field).
 *
 * `locale` is a tag (`es-MX`), the keys to try in order, or a resolved locale.
 */
export function localText(value: LocalText | null | undefined, locale: string | readonly string[] | ResolvedLocale): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return '';
  const keys = typeof locale === 'string' ? localeCandidates(locale) : 'textKeys' in locale ? locale.textKeys : locale;
  for (const key of keys) {
    const text = value[key];
    if (typeof text === 'string' && text.trim()) return text;
  }
  for (const text of Object.values(value)) if (typeof text === 'string' && text.trim()) return text;
  return '';
}

/** Whether a text field is a map of text by language. */
export function isTextMap(value: unknown): value is Readonly<Record<string, string>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
