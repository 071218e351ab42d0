/**
 * data/locales/chronic-pain.<locale>.json: the built-in dataset in one language each, so a page
 * downloads only the language it shows (the CDN file inlines English; Spanish loads on demand).
 * `npm run data:locales` writes them from data/chronic-pain.json (the source of truth); the unit
 * tests fail when a committed file is stale. The widget trusts these files without validating
 * them at runtime: the tests validate them instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, resolveLocale, type Locale } from '../src/i18n/locale.js';
import { localiseDataset, validateDataset } from '../src/model/index.js';

export const SOURCE_PATH = fileURLToPath(new URL('../data/chronic-pain.json', import.meta.url));
export const localePath = (locale: Locale) => fileURLToPath(new URL(`../data/locales/chronic-pain.${locale}.json`, import.meta.url));

/** The built-in dataset with every text in `locale` (English where a translation is missing). */
export function datasetInLocale(locale: Locale): string {
  const result = validateDataset(JSON.parse(readFileSync(SOURCE_PATH, 'utf8')));
  if (!result.ok) throw new Error(`data/chronic-pain.json is invalid:\n${result.errors.join('\n')}`);
  return `${JSON.stringify(localiseDataset(result.dataset, resolveLocale(locale).textKeys), null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const locale of LOCALES) {
    writeFileSync(localePath(locale), datasetInLocale(locale));
    console.log(`wrote ${localePath(locale)}`);
  }
}
