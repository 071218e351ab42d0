/**
 * A catalog message in the page: its dataset text (marked by `isolate()`, src/i18n/bidi.ts)
 * rendered in `<bdi>` elements, so a right-to-left name cannot move the sentence's punctuation.
 * A message without dataset text is returned as it is.
 */
import { html, type TemplateResult } from 'lit';
import { bidiParts, FSI } from './bidi.js';

export function bidi(message: string): string | Array<string | TemplateResult> {
  if (!message.includes(FSI)) return message;
  return bidiParts(message).map((part) => (typeof part === 'string' ? part : html`<bdi>${bidi(part.dataset)}</bdi>`));
}
