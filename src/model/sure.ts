/** The SURE test of decisional conflict: its items, its score, and its answers as text. */

/** SURE (Légaré et al. 2010): Sure of myself, Understand information, Risk-benefit ratio, Encouragement. */
export const SURE_ITEMS = ['sure', 'understand', 'ratio', 'encouragement'] as const;
export type SureItem = (typeof SURE_ITEMS)[number];
export type SureAnswers = Partial<Record<SureItem, boolean>>;

export interface SureResult {
  /** Number of "yes" answers, 0-4. */
  score: number;
  /** How many of the four questions have an answer. */
  answered: number;
  /**
   * All four answered and fewer than four "yes": the test's sign of decisional conflict
   * (sensitivity 94%, specificity 90% against the Decisional Conflict Scale). A gentle note
   * that talking it through may help, never a verdict.
   */
  mayHelpToTalk: boolean;
}

export function scoreSure(answers: SureAnswers): SureResult {
  const given = SURE_ITEMS.filter((item) => typeof answers[item] === 'boolean');
  const score = given.filter((item) => answers[item] === true).length;
  return { score, answered: given.length, mayHelpToTalk: given.length === SURE_ITEMS.length && score < SURE_ITEMS.length };
}

/** `sure:y,understand:n` -> answers; unknown items and values are ignored. */
export function parseSure(value: unknown): SureAnswers {
  const answers: SureAnswers = {};
  for (const part of (typeof value === 'string' ? value.slice(0, 200) : '').split(',')) {
    const [item, answer, extra] = part.split(':').map((s) => s.trim());
    const known = SURE_ITEMS.find((i) => i === item);
    if (known && extra === undefined && (answer === 'y' || answer === 'n')) answers[known] = answer === 'y';
  }
  return answers;
}

export function serialiseSure(answers: SureAnswers): string {
  return SURE_ITEMS.filter((item) => typeof answers[item] === 'boolean')
    .map((item) => `${item}:${answers[item] ? 'y' : 'n'}`)
    .join(',');
}
