/**
 * The message catalogs by locale. English is always present; another language's catalog loads on
 * demand (`loadCatalog`), so a page downloads only the languages it shows.
 */
import { catalogs as loaders, type Catalog } from '../lazy.js';
import { en, type Messages } from './en.js';
import { formatter } from './format.js';
import { DEFAULT_LOCALE, resolveLocale, type Locale, type ResolvedLocale } from './locale.js';

export type { Messages };

const catalogs = new Map<Locale, Catalog>([[DEFAULT_LOCALE, en]]);
const loading = new Map<Locale, Promise<boolean>>();
const built = new Map<string, Messages>();

/** Whether a language's messages are loaded (English always is). */
export function hasCatalog(locale: Locale): boolean {
  return catalogs.has(locale);
}

/**
 * Loads a language's messages once. Resolves `true` when they are in, `false` when they could not
 * load (the widget then stays in English; a later call tries again).
 */
export function loadCatalog(locale: Locale): Promise<boolean> {
  if (catalogs.has(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<Locale, 'en'>]().then(
      (catalog) => {
        catalogs.set(locale, catalog);
        return true;
      },
      (error: unknown) => {
        loading.delete(locale);
        console.warn(`treatment-compare: could not load the "${locale}" messages, so English is shown.`, error);
        return false;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The messages for a resolved locale (or a `lang` value), built once per catalog and Intl tag.
 * A language whose catalog is not loaded yet gives English.
 */
export function messagesFor(locale: ResolvedLocale | string | null | undefined): Messages {
  const resolved = typeof locale === 'object' && locale !== null ? locale : resolveLocale(locale);
  const catalog = catalogs.get(resolved.locale);
  if (!catalog) return englishMessages;
  const key = `${resolved.locale} ${resolved.tag}`;
  let messages = built.get(key);
  if (!messages) {
    messages = catalog(formatter(resolved.tag));
    built.set(key, messages);
  }
  return messages;
}

/** The English messages (the fallback, and the language of `dataset-error` details). */
export const englishMessages: Messages = messagesFor(DEFAULT_LOCALE);
