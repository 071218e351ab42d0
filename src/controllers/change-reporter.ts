/**
 * Fires `weights-change` and `ranking-change` for changes the person makes, once per finished
 * change and only when something changed: never for a property or attribute set by code, or a
 * dataset that loaded (those become the new baseline; a dataset landing mid-drag keeps the drag
 * reportable). No `ranking-change` while the comparison waits for priorities (`Comparison.waiting`).
 */
import { emitPublic } from '../events.js';
import type { Comparison } from '../model/comparison.js';

const weightsKeyOf = (c: Comparison) => Object.entries(c.weights).join(';');

export class ChangeReporter {
  private reportedWeights = '';
  private reportedRanking = '';
  private seen?: Comparison;
  private readonly byPerson = new WeakSet<Comparison>();
  /** The weights of a change the person has begun and not finished (a drag under way). */
  private unfinished?: string;

  constructor(private readonly host: HTMLElement) {}

  /** Before each render: a comparison the person did not make is the new baseline. */
  observe(comparison: Comparison) {
    if (comparison === this.seen) return;
    this.seen = comparison;
    if (this.byPerson.has(comparison)) return;
    // A dataset that lands mid-drag with the person's weights (the depth, just after the first
    // render) keeps the baseline: the drag's end must still be reported.
    if (this.unfinished === weightsKeyOf(comparison)) return;
    this.unfinished = undefined;
    this.reportedWeights = weightsKeyOf(comparison);
    this.reportedRanking = comparison.rankingKey;
  }

  /** A change the person made; when it is finished (`commit`), fires what changed since the last report. */
  personChanged(comparison: Comparison, commit: boolean) {
    this.byPerson.add(comparison);
    const weights = weightsKeyOf(comparison);
    this.unfinished = commit ? undefined : weights;
    if (!commit) return;
    if (weights !== this.reportedWeights) {
      this.reportedWeights = weights;
      emitPublic(this.host, 'weights-change', { weights: { ...comparison.weights } });
    }
    if (comparison.rankingKey !== this.reportedRanking) {
      this.reportedRanking = comparison.rankingKey;
      // Waiting for priorities (e.g. after Start again): the widget shows no fit, so none leaves it either.
      if (comparison.waiting) return;
      emitPublic(this.host, 'ranking-change', {
        fits: comparison.fit.fits.map(({ optionId, fit }) => ({ optionId, fit })),
        close: comparison.robustness.close,
        contenders: [...comparison.robustness.contenders],
      });
    }
  }
}
