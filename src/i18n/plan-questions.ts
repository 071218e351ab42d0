/**
 * The plan's suggested questions follow the options still compared: questions about TMS only while
 * TMS is compared, and so on, then the general ones. One pure function, so the plan, the root and
 * the printed summary all suggest the same questions.
 */
import type { JourneyMessages } from './journey-en.js';

/**
 * @param messages - the journey messages of the language shown
 * @param optionIds - the ids of the options compared (shown and not set aside), in the order shown;
 *   undefined when nobody said: every option's questions, in the catalog's order
 */
export function suggestedQuestions(
  messages: Pick<JourneyMessages, 'optionQuestions' | 'generalQuestions'>,
  optionIds?: readonly string[],
): string[] {
  const ids = optionIds ?? Object.keys(messages.optionQuestions);
  const seen = new Set<string>();
  const forOptions: string[] = [];
  for (const id of ids) {
    // Object.hasOwn: an id such as "toString" must not reach Object.prototype.
    if (seen.has(id) || !Object.hasOwn(messages.optionQuestions, id)) continue;
    seen.add(id);
    forOptions.push(...(messages.optionQuestions[id] ?? []));
  }
  return [...forOptions, ...messages.generalQuestions];
}
