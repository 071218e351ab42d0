/** The message catalogs by locale, built once per locale tag. */
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { formatter } from './format.js';
import { resolveLocale, type Locale, type ResolvedLocale } from './locale.js';

export type { Messages };

/** Every catalog: a function of the locale's formatter, so numbers and dates follow the region. */
export const CATALOGS: Readonly<Record<Locale, (f: ReturnType<typeof formatter>) => Messages>> = { en, es };

const built = new Map<string, Messages>();

/** The messages for a resolved locale (or a `lang` value), built once per catalog and Intl tag. */
export function messagesFor(locale: ResolvedLocale | string | null | undefined): Messages {
  const resolved = typeof locale === 'object' && locale !== null ? locale : resolveLocale(locale);
  const key = `${resolved.locale} ${resolved.tag}`;
  let messages = built.get(key);
  if (!messages) {
    messages = CATALOGS[resolved.locale](formatter(resolved.tag));
    built.set(key, messages);
  }
  return messages;
}

/** The English messages (the fallback, and the language of `dataset-error` details). */
export const englishMessages: Messages = messagesFor('en');
