/**
 * The decision journey's pure parts (Ottawa Personal Decision Guide and SURE test): where the
 * person is in deciding, how they want to decide, the SURE score, options set aside as
 * deal-breakers, and the picture behind an icon array. Wording lives in the message catalogs.
 */

export const STAGES = ['not-thought', 'considering', 'close', 'chosen'] as const;
export type Stage = (typeof STAGES)[number];

export const ROLES = ['on-my-own', 'together', 'clinician'] as const;
export type Role = (typeof ROLES)[number];

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

/**
 * An icon array of 100 whole icons, filled in rows from the top-left corner, so every option's
 * picture has the same denominator and reads the same way. Returns one flag per icon, row by row.
 */
export function iconArray(count: number, total = 100): boolean[] {
  const filled = Number.isFinite(count) ? Math.min(total, Math.max(0, Math.round(count))) : 0;
  return Array.from({ length: total }, (_, index) => index < filled);
}
