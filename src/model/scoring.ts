/**
 * Fit: how far each option lines up with the patient's priorities, 0-100, split into one
 * contribution per criterion (the chart stacks these). Fit = sum of weight x (score - 1) / 4,
 * with weights normalised to sum to 1. A cell marked "not enough evidence" counts with its score of 3,
 * the middle (the validator enforces it; see EVIDENCE_LEVELS in schema.ts).
 */
import { scoreValue, type ComparisonView } from './view.js';
import { normaliseWeights, type Weights } from './weights.js';

export interface OptionFit {
  optionId: string;
  /** 0-100. */
  fit: number;
  /** One per criterion, in criterion order; they sum to `fit`. */
  contributions: number[];
}

export type FitResult =
  | { status: 'ok'; weights: number[]; fits: OptionFit[] }
  /** Every weight is zero: there is nothing to compare yet (never NaN). */
  | { status: 'no-priorities'; weights: number[]; fits: OptionFit[] };

export function computeFit(view: ComparisonView, weights: Weights): FitResult {
  const normalised = normaliseWeights(
    view.criteria.map((c) => c.id),
    weights,
  );
  const fits = view.options.map((option, o) => {
    const contributions = normalised.map((w, c) => 100 * w * scoreValue(view.cells[o][c].score));
    return { optionId: option.id, fit: contributions.reduce((sum, x) => sum + x, 0), contributions };
  });
  const status = normalised.some((w) => w > 0) ? 'ok' : 'no-priorities';
  return { status, weights: normalised, fits };
}

/** Indexes of the options with the highest fit (more than one when they tie). */
export function leadersOf(fits: readonly number[], tolerance = 1e-9): number[] {
  const best = Math.max(...fits);
  return fits.flatMap((fit, index) => (best - fit <= tolerance ? [index] : []));
}
