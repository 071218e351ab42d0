/**
 * A dataset or clinic configuration with every text written as text by language in one language
 * only (`'Cost'` -> `{ en: 'Cost' }`): a clinic's English-only data, for the Language of Parts tests.
 */

/** Fields that hold no patient text (ids, dates, levels, links, citation ids). */
const NOT_TEXT = new Set(['id', 'published', 'reviewBy', 'certainty', 'evidence', 'citations', 'url', 'checked', 'provides']);

/** `value` with each text in `lang` only, and the texts (for checks). */
export function inOneLanguage<T>(value: T, lang = 'en'): { value: T; texts: string[] } {
  const texts: string[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return texts.push(v) && { [lang]: v };
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, NOT_TEXT.has(k) ? x : walk(x)]));
    return v;
  };
  return { value: walk(value) as T, texts };
}
