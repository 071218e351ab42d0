/**
 * The model's answers as results, never exceptions: what the root element calls on every update,
 * so that a dataset the validator let through but the model cannot handle shows a clear message
 * and fires `dataset-error` instead of throwing on every input.
 *
 *   const result = computeComparison(view, weights);
 *   if (result.ok) { this.fit = result.fit; this.robustness = result.robustness; }
 *   else this.fail(result.errors, source); // keep the last good picture
 */
import { computeRobustness, emptyRobustness, type Robustness, type RobustnessOptions } from './robustness.js';
import { computeFit, type FitResult } from './scoring.js';
import type { ComparisonView } from './view.js';
import type { Weights } from './weights.js';

/** The model could not work out a comparison for this dataset (its messages are plain and in English). */
export class ComparisonError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join(' '));
  }
}

export type ModelResult<T> = ({ ok: true } & T) | { ok: false; errors: string[] };

/** Runs one model step; an exception becomes `{ ok: false, errors: ['The comparison could not be worked out: ...'] }`. */
export function attempt<T extends object>(step: () => T): ModelResult<T> {
  try {
    return { ok: true, ...step() };
  } catch (error) {
    if (error instanceof Error && 'errors' in error && Array.isArray(error.errors))
      return { ok: false, errors: [...(error.errors as string[])] };
    return { ok: false, errors: [`The comparison could not be worked out: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/**
 * Fit and robustness together, checked: every number they give is finite (a NaN or an infinity
 * is reported as an error naming where it came from, never shown).
 */
export function computeComparison(
  view: ComparisonView,
  weights: Weights,
  options: RobustnessOptions & { robustness?: boolean } = {},
): ModelResult<{ fit: FitResult; robustness: Robustness }> {
  return attempt(() => {
    const fit = computeFit(view, weights);
    for (const f of fit.fits) {
      if (!Number.isFinite(f.fit) || !f.contributions.every(Number.isFinite)) throw new Error(`the fit of "${f.optionId}" is not a number`);
    }
    if (options.robustness === false) return { fit, robustness: emptyRobustness(view.options.map((o) => o.id)) };
    const robustness = computeRobustness(view, weights, options);
    if (!robustness.topShare.every(Number.isFinite)) throw new Error('the share of samples is not a number');
    for (const s of robustness.sensitivity) {
      if (!Number.isFinite(s.to)) throw new Error(`the weight change for "${s.criterionId}" is not a number`);
    }
    return { fit, robustness };
  });
}
