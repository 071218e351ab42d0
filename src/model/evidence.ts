/**
 * "Not enough evidence": no study or guideline answers this question well enough to give a score.
 * Absence of evidence is not evidence of no effect, so the widget never shows such a cell as a
 * rating of 1 ("no benefit"): it says "Not enough evidence" in words. How it counts:
 *   - `score` must be INSUFFICIENT_SCORE (1): no credit without evidence. The fit adds up what the
 *     evidence shows for each option; a benefit (or a safety) nobody has shown adds nothing. Scoring
 *     it as the middle instead would rank an untested option above one with weak but real evidence
 *     (in the back-pain view, TMS above pain medicines), which leans toward whatever is least studied;
 *   - `range` must be [1, 5]: the robustness check tries every score, so when the picture rests on
 *     this cell it says the options fit about equally instead of presenting a finding.
 * The widget shows "Not enough evidence" in words instead of a rating. The validator enforces both
 * numbers, so every tool that reads the JSON (fit, robustness, clinics' own tools) agrees.
 */
export const EVIDENCE_LEVELS = ['insufficient'] as const;
export const INSUFFICIENT_SCORE = 1;
export const INSUFFICIENT_RANGE: readonly [number, number] = [1, 5];
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** True when a cell says there is not enough evidence to score it (see EVIDENCE_LEVELS). */
export function isInsufficient(cell: { evidence?: string }): boolean {
  return cell.evidence === 'insufficient';
}
