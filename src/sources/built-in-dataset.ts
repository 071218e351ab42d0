/**
 * The built-in dataset, in the language shown. Each language's copy is generated from
 * data/chronic-pain.json (`npm run data:locales`) and checked by the unit tests, so it is trusted
 * here rather than validated again on every page. The npm build loads each copy as a chunk only
 * when a page uses it; the CDN files carry English and load Spanish next to the script.
 *
 * Each copy comes in two parts (issue #11, brief first): the brief part, which the first render
 * shows, and its depth (cells' `detail` and `outcomes`), which {@link loadBuiltInDepth} loads after
 * the first render and merges in. A depth that cannot load is not an error for the patient: the
 * short answers, ratings and summaries stay, one `console.warn` says the details could not load,
 * no `dataset-error` fires (the dataset is whole and valid without them), and that part is not
 * tried again until the page loads again.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { builtInDatasets, builtInDepths } from '../lazy.js';
import type { Dataset } from '../model/schema.js';
import { mergeDepth } from './dataset-depth.js';

/** The fullest copy in each language loaded so far: its brief part, then the whole dataset. */
const loaded = new Map<Locale, Dataset>();
const loading = new Map<Locale, Promise<Dataset>>();
/** Brief parts whose depth is still to load, with the language they are in. */
const awaitingDepth = new WeakMap<Dataset, Locale>();
/** The whole dataset that each brief part became. */
const wholeOf = new WeakMap<Dataset, Dataset>();
const loadingDepth = new Map<Locale, Promise<Dataset | undefined>>();

/** The built-in dataset in `locale` when it is already loaded (so a language switch can be immediate). */
export function builtInDataset(locale: Locale): Dataset | undefined {
  return loaded.get(locale);
}

/**
 * Loads the built-in dataset in `locale` once (its brief part where it has a depth: see
 * {@link loadBuiltInDepth}; {@link builtInDataset} gives the whole once it is in). A language that cannot load falls back to English; it rejects only when English cannot
 * load either (a later call tries again).
 */
export function loadBuiltInDataset(locale: Locale): Promise<Dataset> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = builtInDatasets[locale]().then(
      (data) => {
        if (builtInDepths[locale]) awaitingDepth.set(data, locale);
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

/** Whether `data` is a brief part of the built-in dataset whose depth is still to load. */
export function awaitsDepth(data: Dataset): boolean {
  return awaitingDepth.has(data);
}

/**
 * The whole dataset for a brief part of the built-in dataset: loads its depth once and merges it
 * in. Resolves `undefined` (never rejects) when `data` awaits no depth or the depth failed to load.
 */
export function loadBuiltInDepth(data: Dataset): Promise<Dataset | undefined> {
  const whole = wholeOf.get(data);
  if (whole) return Promise.resolve(whole);
  const locale = awaitingDepth.get(data);
  const load = locale && builtInDepths[locale];
  if (!locale || !load) return Promise.resolve(undefined);
  let pending = loadingDepth.get(locale);
  if (!pending) {
    pending = load()
      .then((depth) => {
        const merged = mergeDepth(data, depth);
        wholeOf.set(data, merged);
        awaitingDepth.delete(data);
        if (loaded.get(locale) === data) loaded.set(locale, merged);
        return merged;
      })
      .catch((error: unknown) => {
        awaitingDepth.delete(data);
        console.warn(
          `treatment-compare: could not load the details of the built-in dataset ("${locale}"); the short answers and summaries are shown without them.`,
          error,
        );
        return undefined;
      });
    loadingDepth.set(locale, pending);
  }
  return pending;
}
