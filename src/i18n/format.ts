/**
 * Numbers, dates and plural categories for one locale, through Intl.
 * One formatter per locale tag, created on first use and cached; each Intl object inside it is
 * also created on first use.
 *
 * Two shortcuts skip Intl where its answer is known in advance, because the first Intl formatter
 * created on a page costs 20-35 ms in Chromium (measured), a large share of the widget's first
 * render, and the widget shows small whole numbers and a couple of dates on every render:
 * - a whole number from 0 to 999 in English or Spanish is written with Latin digits and no
 *   grouping, so it is `String(n)`;
 * - a date in the locales listed in {@link MONTHS_BY_LOCALE} is built from the month names.
 * test/unit/i18n.test.ts checks both shortcuts against Intl for every value they cover.
 */

export interface Formatter {
  /** The BCP 47 tag used with Intl, e.g. `en-US`, `es-US`, `es-MX`. */
  readonly tag: string;
  /** A number in the locale's digits and separators (`1,234.5`; `1.234,5` in es-ES). */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A YYYY-MM-DD date as people write it: `November 1, 2026`, `1 de noviembre de 2026`. */
  date(isoDate: string): string;
  /** The plural category of a count (`one`, `other`, ...). */
  plural(count: number): Intl.LDMLPluralRule;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

type DateWriter = (year: number, month: number, day: number) => string;
const enDate: DateWriter = (year, month, day) => `${EN_MONTHS[month - 1]} ${day}, ${year}`;
const esDate: DateWriter = (year, month, day) => `${day} de ${ES_MONTHS[month - 1]} de ${year}`;

/** Locales whose long date is known to be exactly this (checked against Intl by the unit tests). */
export const MONTHS_BY_LOCALE: Readonly<Record<string, DateWriter>> = {
  en: enDate,
  'en-US': enDate,
  es: esDate,
  'es-US': esDate,
  'es-MX': esDate,
  'es-419': esDate,
  'es-ES': esDate,
};

/** Languages written with Latin digits and no grouping below 1000. */
const PLAIN_SMALL_INTEGERS = new Set(['en', 'es']);

const cache = new Map<string, Formatter>();

/** The formatter for a locale tag (cached). An invalid tag falls back to `en-US`. */
export function formatter(tag: string): Formatter {
  let found = cache.get(tag);
  if (!found) {
    found = createFormatter(tag);
    cache.set(tag, found);
  }
  return found;
}

function createFormatter(requested: string): Formatter {
  const tag = isValidTag(requested) ? requested : 'en-US';
  const language = tag.split('-')[0].toLowerCase();
  const plainSmall = PLAIN_SMALL_INTEGERS.has(language);
  const writeDate = MONTHS_BY_LOCALE[tag];
  let numberFormat: Intl.NumberFormat | undefined;
  let dateFormat: Intl.DateTimeFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const custom = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, options);
      numberFormats.set(key, format);
    }
    return format;
  };

  return {
    tag,
    number(value, options) {
      if (options) return custom(options).format(value);
      if (plainSmall && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
      numberFormat ??= new Intl.NumberFormat(tag);
      return numberFormat.format(value);
    },
    date(isoDate) {
      const [year, month, day] = isoDate.split('-').map(Number);
      // Through a UTC date, so an impossible day rolls over (as Intl would) and junk is kept as written.
      const date = new Date(Date.UTC(year, month - 1, day));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || !Number.isFinite(date.getTime())) return isoDate;
      if (writeDate) return writeDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      dateFormat ??= new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      return dateFormat.format(date);
    },
    plural(count) {
      pluralRules ??= new Intl.PluralRules(tag);
      return pluralRules.select(count);
    },
  };
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
