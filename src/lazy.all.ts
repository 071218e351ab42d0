/**
 * `lazy.ts` for the all-in-one CDN files (`treatment-compare.all.js`, `.all.iife.js`): every
 * language inside the one file, for pages that want a single file to pin or host (a larger
 * download, and nothing loaded later). The dataset is carried once, with its text in every
 * language, and put into one language when first used (smaller than a copy per language). The
 * dataset is whole here, so there is no depth part to load after the first render. Counselor mode's
 * layout is inside too.
 */
import bilingual from '../data/chronic-pain.json';
import { es } from './i18n/es.js';
import { resolveLocale, type Locale } from './i18n/locale.js';
import * as counselorMode from './components/treatment-compare/treatment-compare.counselor-mode.js';
import type { Catalog, CounselorLayout } from './lazy.js';
import { localiseDataset } from './model/localise.js';
import * as validate from './model/validate.js';
import type { Dataset } from './model/schema.js';
import type { DatasetDepth } from './sources/dataset-depth.js';

const inLocale = (locale: Locale) => () =>
  Promise.resolve(localiseDataset(bilingual as unknown as Dataset, resolveLocale(locale).textKeys) as Dataset);

export const catalogs: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Catalog>>> = {
  es: () => Promise.resolve(es),
};

export const builtInDatasets: Readonly<Record<Locale, () => Promise<Dataset>>> = {
  en: inLocale('en'),
  es: inLocale('es'),
};

export const builtInDepths: Readonly<Partial<Record<Locale, () => Promise<DatasetDepth>>>> = {};

export const validator = (): Promise<typeof validate> => Promise.resolve(validate);

export const counselor = (): Promise<CounselorLayout> => Promise.resolve(counselorMode);
