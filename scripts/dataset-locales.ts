/**
 * data/locales/: the built-in dataset in one language each, so a page downloads only the language
 * it shows (the CDN file inlines English; Spanish loads on demand), and each language in two parts
 * so the first download carries only what the first view shows (issue #11, brief first):
 * - `chronic-pain.<locale>.json`, the brief part: everything but the cells' `detail` and `outcomes`
 *   (in the default cells and in every condition's cells), shown in the first render;
 * - `chronic-pain.<locale>.depth.json`, the depth part: exactly those fields, keyed by where they
 *   go (see src/sources/dataset-depth.ts), loaded after the first render and merged in.
 * `npm run data:locales` writes them from data/chronic-pain.json (the source of truth); the unit
 * tests fail when a committed file is stale. The widget trusts these files without validating
 * them at runtime: the tests validate them (each brief part, and each brief part merged with its depth).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES, resolveLocale, type Locale } from '../src/i18n/locale.js';
import { localiseDataset, validateDataset, type Dataset } from '../src/model/index.js';
import { splitDepth } from '../src/sources/dataset-depth.js';

export const SOURCE_PATH = fileURLToPath(new URL('../data/chronic-pain.json', import.meta.url));
/** The brief part in `locale`. */
export const localePath = (locale: Locale) => fileURLToPath(new URL(`../data/locales/chronic-pain.${locale}.json`, import.meta.url));
/** The depth part in `locale`. */
export const depthPath = (locale: Locale) => fileURLToPath(new URL(`../data/locales/chronic-pain.${locale}.depth.json`, import.meta.url));

const asJson = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** The whole built-in dataset with every text in `locale` (English where a translation is missing). */
export function wholeDatasetInLocale(locale: Locale): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(SOURCE_PATH, 'utf8')));
  if (!result.ok) throw new Error(`data/chronic-pain.json is invalid:\n${result.errors.join('\n')}`);
  return localiseDataset(result.dataset, resolveLocale(locale).textKeys) as Dataset;
}

/** The two files for `locale`, as written: the brief part and the depth part. */
export function datasetInLocale(locale: Locale): { brief: string; depth: string } {
  const { brief, depth } = splitDepth(wholeDatasetInLocale(locale));
  return { brief: asJson(brief), depth: asJson(depth) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const locale of LOCALES) {
    const { brief, depth } = datasetInLocale(locale);
    writeFileSync(localePath(locale), brief);
    writeFileSync(depthPath(locale), depth);
    console.log(`wrote ${localePath(locale)} and ${depthPath(locale)}`);
  }
}
