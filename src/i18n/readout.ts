/**
 * The "how sure is this picture" readout in words: formats the model's readout (which computes
 * every number) with the catalog's sentences. Used by the readout, the live region and the print summary.
 */
import type { Comparison, Readout } from '../model/comparison.js';
import type { Messages } from './en.js';
import { fitNumber } from './words.js';

interface Labelled {
  id: string;
  label: string;
}

/**
 * The readout's sentences, in order (none when there is nothing to compare). `atStart`: every
 * slider is still in the middle, so the reading is no one's priorities yet: it says so and invites
 * the person to move them.
 */
export function readoutSentences(
  readout: Readout,
  options: readonly Labelled[],
  criteria: readonly (Labelled & { question?: string })[],
  messages: Messages,
  atStart = false,
): string[] {
  if (readout.kind === 'none') return [];
  const label = (list: readonly Labelled[], id: string) => list.find((x) => x.id === id)?.label ?? id;
  // A criterion goes by its question, as on its slider and in the chart's legend.
  const question = (list: readonly (Labelled & { question?: string })[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found?.question ?? found?.label ?? id;
  };
  const hint = atStart ? [messages.atStartHint] : [];
  if (readout.kind === 'close') {
    const contenders = readout.contenders.map((id) => label(options, id));
    return [atStart ? messages.closeAtStart(contenders) : messages.close(contenders), ...hint, messages.closeExplain];
  }
  const leader = label(options, readout.leader);
  const sentences = [atStart ? messages.clearAtStart(leader) : messages.clear(leader), ...hint];
  if (readout.inTen !== undefined) sentences.push(messages.clearShare(readout.inTen, leader));
  const n = readout.nearest;
  sentences.push(
    n
      ? messages.sensitivity(question(criteria, n.criterionId), n.direction, n.big, n.to, n.from, label(options, n.optionId))
      : messages.noSensitivity,
  );
  return sentences;
}

/** What the live region says: every compared option's fit in dataset order, then how sure. */
export function announcement(c: Comparison, m: Messages): string {
  if (c.compared.options.length === 0) return m.journey.allSetAside;
  if (c.waiting) return m.announceWaiting;
  if (c.fit.status === 'no-priorities') return m.announceNoPriorities;
  const parts = c.compared.options.map((o) => m.chartPart(o.label, fitNumber(c.fitById.get(o.id) ?? 0)));
  return m.announce(parts, readoutSentences(c.readout, c.compared.options, c.compared.criteria, m, c.atStart)[0]);
}
