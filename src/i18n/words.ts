/** Small helpers for building sentences, shared by the catalogs. Language-neutral unless named. */

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
  const and = /^h?[iíIÍ](?![aeouáéóúAEOUÁÉÓÚ])/.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${and} ${last}`;
}
