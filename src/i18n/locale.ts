/**
 * Which language the widget shows. From the `lang` attribute (the host's, else the nearest
 * ancestor's, crossing shadow roots), falling back along the tag: `es-MX` -> `es` -> `en`.
 */

/** The languages with a complete message catalog. English is the fallback for everything. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The region used for numbers and dates when `lang` names only the language: the widget is
 * written for US clinics, so Spanish is US Latin American Spanish (decimal point, `$300.00`).
 */
const DEFAULT_TAG: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

export interface ResolvedLocale {
  /** The message catalog in use. */
  readonly locale: Locale;
  /**
   * The BCP 47 tag for Intl and for the `lang` of what is shown: the requested tag when it is a
   * variant of the catalog's language (`es-MX`), else the catalog's default (`es-US`, `en-US`).
   */
  readonly tag: string;
  /** Keys to try, in order, in a dataset's text by language: `['es-MX', 'es', 'en']`. */
  readonly textKeys: readonly string[];
}

// language, optional script, optional region, then any further subtags (variants, extensions).
const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?((?:-[a-z\d]{1,8})*)$/i;

/**
 * A language tag in its usual casing (`ES_mx` -> `es-MX`, `zh-hant-tw` -> `zh-Hant-TW`), or ''
 * when it is not a language tag at all.
 */
export function normaliseTag(lang: string | null | undefined): string {
  const match = TAG.exec((lang ?? '').trim().replace(/_/g, '-'));
  if (!match) return '';
  const [, language, script, region, rest] = match;
  return [
    language.toLowerCase(),
    script ? script[0].toUpperCase() + script.slice(1).toLowerCase() : '',
    region ? region.toUpperCase() : '',
    rest.toLowerCase().slice(1),
  ]
    .filter(Boolean)
    .join('-');
}

/**
 * The tags to try, most specific first, ending with English: `es-MX` -> `['es-MX', 'es', 'en']`,
 * `zh-Hant-TW` -> `['zh-Hant-TW', 'zh-Hant', 'zh', 'en']`, '' -> `['en']`.
 */
export function localeCandidates(lang: string | null | undefined): string[] {
  const parts = normaliseTag(lang).split('-').filter(Boolean);
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('-'));
  if (!out.includes(DEFAULT_LOCALE)) out.push(DEFAULT_LOCALE);
  return out;
}

const resolved = new Map<string, ResolvedLocale>();

/**
 * The catalog, Intl tag and dataset text keys for a `lang` value. The same input always gives the
 * same object, so callers can compare results with `===`.
 */
export function resolveLocale(lang: string | null | undefined): ResolvedLocale {
  const key = lang ?? '';
  let found = resolved.get(key);
  if (!found) {
    found = computeLocale(key);
    if (resolved.size > 100) resolved.clear();
    resolved.set(key, found);
  }
  return found;
}

function computeLocale(lang: string): ResolvedLocale {
  const candidates = localeCandidates(lang);
  const locale = (candidates.find((c) => (LOCALES as readonly string[]).includes(c)) ?? DEFAULT_LOCALE) as Locale;
  const requested = candidates[0];
  // A regional variant of the chosen language keeps its region for Intl (es-MX, en-GB); a
  // language with no catalog (fr) falls back entirely, region included.
  const tag = requested !== locale && requested.startsWith(`${locale}-`) ? requested : DEFAULT_TAG[locale];
  // Dataset text follows the catalog: `fr` shows English text even when a dataset has French.
  const textKeys = candidates.filter((c) => c === locale || c.startsWith(`${locale}-`));
  if (locale !== DEFAULT_LOCALE) textKeys.push(DEFAULT_LOCALE);
  return { locale, tag, textKeys };
}

/**
 * The `lang` that applies to an element: its own attribute, else the closest ancestor's, crossing
 * shadow roots to their hosts. `null` when no element up the tree has one.
 */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
