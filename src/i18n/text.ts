/**
 * Dataset and clinic text in the language shown: `localText` resolves a language tag (or a
 * resolved locale) to the keys to try, then picks the text as the model does.
 */
import { pickText, type LocalText } from '../model/local-text.js';
import { localeCandidates, type ResolvedLocale } from './locale.js';

export type { LocalText };

/**
 * The text to show for a locale: a string as it is; from a map, the first non-blank entry of
 * `es-MX`, `es`, `en`, then the first entry of any language. Never a key, and never blank when
 * the field has any text at all ('' only for a missing field).
 *
 * `locale` is a tag (`es-MX`), the keys to try in order, or a resolved locale.
 */
export function localText(value: LocalText | null | undefined, locale: string | readonly string[] | ResolvedLocale): string {
  const keys = typeof locale === 'string' ? localeCandidates(locale) : 'textKeys' in locale ? locale.textKeys : locale;
  return pickText(value, keys);
}
