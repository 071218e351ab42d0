/** Small helpers for building sentences, shared by the catalogs. Language-neutral unless named. */
import { frequencySpan, type Frequency } from '../model/index.js';
import type { Formatter } from './format.js';

/** Text ending with a full stop (added only when missing). */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** A label inside a sentence: "Cost" -> "cost", "Costo" -> "costo", but "TMS" and "EMT" stay. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** A 0-100 fit as a whole number for display. */
export function fitNumber(fit: number): number {
  return Math.round(fit);
}

/** "A, B and C" (English, no serial comma: the house style). */
export function englishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "A, B y C", with "e" instead of "y" before a word that starts with the sound /i/ ("física e
 * inyecciones", but "agua y hielo"), as Intl.ListFormat does for Spanish.
 */
export function spanishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  // An isolated label (src/i18n/bidi.ts) is read from its first letter.
  const and = /^\u2068?h?[iíIÍ](?![aeouáéóúAEOUÁÉÓÚ])/.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}

/** The same text with a capital first letter ("about 39" -> "About 39"). */
export function capitalised(text: string): string {
  return text && text[0].toUpperCase() + text.slice(1);
}

/** "about 39", or "between 21 and 29" for a span the sources give (English). */
export function englishAbout(frequency: Frequency, n: (value: number) => string): string {
  const [low, high] = frequencySpan(frequency);
  return low === high ? `about ${n(low)}` : `between ${n(low)} and ${n(high)}`;
}

/**
 * "unas 39" (de cada 100 personas) or "unos 7" (de cada 10 casos), "alrededor de 1" ("unas 1" is
 * not Spanish), or "entre 21 y 29" for a span the sources give.
 */
export function spanishAbout(frequency: Frequency, f: Formatter, gender: 'f' | 'm' = 'f'): string {
  const [low, high] = frequencySpan(frequency);
  if (low !== high) return `entre ${f.number(low)} y ${f.number(high)}`;
  return f.plural(low) === 'one' ? `alrededor de ${f.number(low)}` : `${gender === 'f' ? 'unas' : 'unos'} ${f.number(low)}`;
}
