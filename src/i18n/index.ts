/** Localisation: message catalogs, locale resolution, Intl formatting and dataset text by language. */
export { en, type Messages } from './en.js';
export { englishMessages, hasCatalog, loadCatalog, messagesFor } from './messages.js';
export {
  DEFAULT_LOCALE,
  LOCALES,
  inheritedLang,
  localeCandidates,
  normaliseTag,
  resolveLocale,
  type Locale,
  type ResolvedLocale,
} from './locale.js';
export { MONTHS_BY_LOCALE, formatter, type Formatter } from './format.js';
export { localText, type LocalText } from './text.js';
export { englishList, fitNumber, inSentence, sentence, spanishList } from './words.js';
export { LocaleController } from './controller.js';
export { announcement, readoutSentences } from './readout.js';
export { suggestedQuestions } from './plan-questions.js';
