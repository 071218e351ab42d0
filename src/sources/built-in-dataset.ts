/**
 * The built-in dataset, in the language shown. Each language's copy is generated from
 * data/chronic-pain.json (`npm run data:locales`) and checked by the unit tests, so it is trusted
 * here rather than validated again on every page. The npm build loads each copy as a chunk only
 * when a page uses it; the CDN files carry English and load Spanish next to the script.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { builtInDatasets } from '../lazy.js';
import type { Dataset } from '../model/schema.js';

const loaded = new Map<Locale, Dataset>();
const loading = new Map<Locale, Promise<Dataset>>();

/** The built-in dataset in `locale` when it is already loaded (so a language switch can be immediate). */
export function builtInDataset(locale: Locale): Dataset | undefined {
  return loaded.get(locale);
}

/**
 * Loads the built-in dataset in `locale` once. A language that cannot load falls back to English;
 * it rejects only when English cannot load either (a later call tries again).
 */
export function loadBuiltInDataset(locale: Locale): Promise<Dataset> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = builtInDatasets[locale]().then(
      (data) => {
        loaded.set(locale, data);
        return data;
      },
      (error: unknown) => {
        loading.delete(locale);
        if (locale === DEFAULT_LOCALE) throw error;
        console.warn(`treatment-compare: could not load the built-in dataset in "${locale}", so it is shown in English.`, error);
        return loadBuiltInDataset(DEFAULT_LOCALE);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
