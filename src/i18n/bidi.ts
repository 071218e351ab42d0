/**
 * Dataset and clinic text inside a sentence, isolated from the sentence around it (issue #14):
 * a right-to-left option label or clinic name must not move the punctuation next to it.
 *
 * One mechanism. Every catalog message that takes dataset text marks it with `isolate()`, which
 * puts it between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE. A string used as
 * it is (an aria-label, a live-region announcement, an SVG title) is isolated by those characters;
 * text shown in the page goes through `bidi()` (src/i18n/bidi-render.ts), which renders each marked
 * piece in a `<bdi>` element instead. Dataset text never holds these characters itself: bidi
 * controls are stripped when it is localised.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Dataset text marked to be isolated in the sentence it goes into. */
export function isolate(text: string): string {
  return text ? FSI + text + PDI : text;
}

/** A piece of a message: sentence text, or dataset text to isolate (which may hold isolated pieces of its own). */
export type BidiPart = string | { dataset: string };

/** A message split into its sentence text and its isolated dataset text (outermost isolates; an unmatched mark is dropped). */
export function bidiParts(message: string): BidiPart[] {
  if (!message.includes(FSI)) return [message.replaceAll(PDI, '')];
  const parts: BidiPart[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === FSI) {
      if (depth++ === 0) {
        if (i > start) parts.push(message.slice(start, i));
        start = i + 1;
      }
    } else if (c === PDI && depth > 0 && --depth === 0) {
      parts.push({ dataset: message.slice(start, i) });
      start = i + 1;
    }
  }
  const rest = message.slice(start);
  if (rest) parts.push(depth > 0 ? { dataset: rest } : rest.replaceAll(PDI, ''));
  return parts;
}

/** The message without its isolate marks (for comparing text, and where no mark may go). */
export function withoutIsolates(message: string): string {
  return message.replace(/[\u2068\u2069]/g, '');
}
