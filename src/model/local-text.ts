/**
 * Text in a dataset (or a clinic's configuration) is either one string, shown in every language,
 * or an object of text by language code: `{ "en": "Cost", "es": "Costo" }`.
 */

/** A text field as a dataset may write it. */
export type LocalText = string | Readonly<Record<string, string>>;

/**
 * The language of each shown text that is not in the language asked for, by the text itself:
 * `{ 'Cost' => 'en' }` on a Spanish page whose dataset has no Spanish for "Cost" (WCAG 3.1.2,
 * Language of Parts). Only texts that fell back to another language are in it, and a
 * complete translation gives none (`langs` is left out of the localised dataset). A plain string (not text by language) is not in it: a dataset
 * declares no language of its own, so its language is unknown and nothing is marked. Keyed by the
 * text rather than by field so one table serves every view, including dataset text that a catalog
 * sentence isolates (see src/i18n/bidi-render.ts); the same words resolved natively elsewhere in
 * the same dataset are marked too, which is harmless (they are the same words).
 */
export type TextLangs = ReadonlyMap<string, string>;

/**
 * Bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069). Dataset and clinic text is
 * put into the widget's sentences, where an override left open turns the rest of the sentence
 * around (a clinic name ending in U+202E reversed the conflict-of-interest disclosure). Right-to-left
 * text reads correctly without them; the validator warns about them, and they are dropped here.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text to show, trying language keys in order (`['es-MX', 'es', 'en']`): a string as it is;
 * from a map, the first non-blank entry of those keys, then the first entry of any language.
 * Never a key, and never blank when the field has any text at all ('' only for a missing field).
 * Bidi controls are dropped (see BIDI_CONTROLS).
 */
export function pickText(value: LocalText | null | undefined, keys: readonly string[]): string {
  return pickTextLang(value, keys)[0];
}

/** `pickText`, with the language key the text came from: '' for a plain string or no text. */
export function pickTextLang(value: LocalText | null | undefined, keys: readonly string[]): [text: string, lang: string] {
  const [text, lang] = chooseText(value, keys);
  return [text.replace(BIDI_CONTROLS, ''), lang];
}

function chooseText(value: LocalText | null | undefined, keys: readonly string[]): [string, string] {
  if (typeof value === 'string') return [value, ''];
  if (!value || typeof value !== 'object') return ['', ''];
  for (const key of keys) {
    const text = Object.hasOwn(value, key) ? value[key] : undefined;
    if (typeof text === 'string' && text.trim()) return [text, key];
  }
  for (const [key, text] of Object.entries(value)) if (typeof text === 'string' && text.trim()) return [text, key];
  return ['', ''];
}
