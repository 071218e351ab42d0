/**
 * Dataset and clinic text in the page, one renderer for both of its marks:
 *
 * - direction: in a catalog message, dataset text (marked by `isolate()`, src/i18n/bidi.ts) is
 *   rendered in a `<bdi>` element, so a right-to-left name cannot move the sentence's punctuation;
 * - language (WCAG 3.1.2): text shown in another language than the widget's (an English-only
 *   dataset on a Spanish page) gets its `lang`, from the table the model's localisation made
 *   (`TextLangs`, src/model/local-text.ts): `<bdi lang="en">` inside a sentence, `<span lang="en">`
 *   for a text shown alone (`bidi(option.label, langs)`).
 *
 * Why one renderer and a table keyed by text: dataset text reaches the page either alone or inside
 * a catalog sentence (where it is already isolated), so the language can ride on the same pass, and
 * the parts need only the table, not where each text came from (no per-field bookkeeping through
 * every view). A whole message is looked up too; a catalog sentence is never word for word a
 * dataset text from another language. Attributes (aria-label, title, an SVG's `<title>`/`<desc>`,
 * the live region's announcement) cannot carry a language: their text stays as is, isolated. The
 * fit chart's bar labels are drawn inside its picture (role="img"), read only by its title and
 * description. A message without dataset text in another language is returned as it is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextLangs } from '../model/local-text.js';
import type { Messages } from './en.js';
import { bidiParts, FSI } from './bidi.js';

type Rendered = string | TemplateResult | Array<string | TemplateResult>;

export function bidi(message: string, langs?: TextLangs): Rendered {
  const lang = langs?.get(message);
  return lang ? html`<span lang=${lang}>${message}</span>` : isolated(message, langs);
}

/**
 * The language of a citation's title and journal: the language it was published in, English for
 * every source of the default dataset (a citation has no language field yet). Marked when the view
 * is in another language, so a screen reader reads it with English sounds.
 */
export const SOURCE_LANGUAGE = 'en';

/** The `lang` a source's own words need inside a view in `messages.language`, or nothing when they match. */
export function sourceLang(messages: Messages) {
  return messages.language === SOURCE_LANGUAGE ? nothing : SOURCE_LANGUAGE;
}

/** The `lang` a dataset text needs on the element that holds only it (an `<option>`), or nothing. */
export const langOf = (text: string, langs?: TextLangs) => langs?.get(text) ?? nothing;

function isolated(message: string, langs?: TextLangs): Rendered {
  if (!message.includes(FSI)) return message;
  return bidiParts(message).map((part) =>
    typeof part === 'string' ? part : html`<bdi lang=${langOf(part.dataset, langs)}>${isolated(part.dataset, langs)}</bdi>`,
  );
}
