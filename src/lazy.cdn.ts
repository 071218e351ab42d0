/**
 * `lazy.ts` for the CDN files: the English dataset's brief part is inside the script; its depth
 * (cells' `detail` and `outcomes`) loads after the first render from `treatment-compare.en-depth.js`
 * next to the script. Spanish (messages, dataset and its depth) loads from files next to the
 * script, only on a page that shows Spanish; counselor mode's layout and styles from
 * `treatment-compare.counselor.js`, only for a widget in counselor mode. A page that
 * self-hosts the CDN file keeps the `dist/cdn/` folder together.
 */
import english from '../data/locales/chronic-pain.en.json';
import type { Catalog, CounselorLayout } from './lazy.js';
import { shareLit } from './shared-lit.js';
import type { Locale } from './i18n/locale.js';
import type { Dataset } from './model/schema.js';
import type { DatasetDepth } from './sources/dataset-depth.js';
import type * as Validate from './model/validate.js';

/** Set by the build: true in the classic-script (IIFE) file. */
declare const __TC_CLASSIC_SCRIPT__: boolean;

// The script's own address. A classic script can know it only while it first runs.
const base = __TC_CLASSIC_SCRIPT__ ? ((document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI) : import.meta.url;

/** A file next to this script. `import()` works from classic scripts too, and the CSP's `script-src` covers it. */
const sibling = <T>(file: string): Promise<T> => import(/* @vite-ignore */ new URL(file, base).href) as Promise<T>;

export const catalogs: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Catalog>>> = {
  es: () => sibling<{ es: Catalog }>('./treatment-compare.es.js').then((module) => module.es),
};

export const builtInDatasets: Readonly<Record<Locale, () => Promise<Dataset>>> = {
  en: () => Promise.resolve(english as unknown as Dataset),
  es: () => sibling<{ default: Dataset }>('./treatment-compare.es-data.js').then((module) => module.default),
};

export const builtInDepths: Readonly<Partial<Record<Locale, () => Promise<DatasetDepth>>>> = {
  en: () => sibling<{ default: DatasetDepth }>('./treatment-compare.en-depth.js').then((module) => module.default),
  es: () => sibling<{ default: DatasetDepth }>('./treatment-compare.es-depth.js').then((module) => module.default),
};

export const validator = (): Promise<typeof Validate> => sibling('./treatment-compare.validate.js');

/** The counselor file uses this script's Lit (see shared-lit.ts). */
export const counselor = (): Promise<CounselorLayout> => {
  shareLit();
  return sibling('./treatment-compare.counselor.js');
};
