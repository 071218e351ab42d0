/**
 * A change the person made (a slider, a choice, a chip, an option set aside): derived at once so
 * the events carry the new picture, reported once finished (see `ChangeReporter`), announced once
 * things are quiet, and kept in the link. While a slider is dragged, how sure the picture is gets
 * worked out only once the input has rested for {@link SETTLE_MS}.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Comparison, ComparisonInputs } from '../model/comparison.js';
import { ChangeReporter } from './change-reporter.js';

/** How long a dragged slider rests before the robustness sampling runs. */
export const SETTLE_MS = 150;

export interface PersonChangeWiring {
  /** Whether there is a dataset to derive from. */
  ready: () => boolean;
  /** The derivation with the change applied (throws when the model cannot handle the dataset). */
  derive: (change: Partial<ComparisonInputs>) => Comparison;
  /** The comparison shown now. */
  shown: () => Comparison | undefined;
  /** Says the new picture once things are quiet. */
  announce: () => void;
  /** Keeps the link in step with a finished change. */
  save: (comparison: Comparison) => void;
}

export class PersonChangeController {
  /** A slider is being dragged: the robustness sampling waits until the input settles (`robustnessLater`). */
  dragging = false;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private readonly reporter: ChangeReporter;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wiring: PersonChangeWiring,
  ) {
    this.reporter = new ChangeReporter(host);
  }

  /** Before each render: a comparison the person did not make is the new baseline for the events. */
  observe(comparison: Comparison) {
    this.reporter.observe(comparison);
  }

  /** A change the person made; `commit` when it is finished (a drag's moves are not). */
  made = (change: Partial<ComparisonInputs>, commit = true, dragging = !commit) => {
    if (!this.wiring.ready()) return;
    // While dragging, how sure the picture is gets worked out once the input has settled for a moment
    // (still the person's change: it must not become the baseline that events are compared with).
    this.dragging = dragging;
    clearTimeout(this.settleTimer);
    if (dragging) this.settleTimer = setTimeout(() => this.made({}, false, false), SETTLE_MS);
    let comparison: Comparison;
    try {
      comparison = this.wiring.derive(change);
    } catch {
      return this.host.requestUpdate(); // the update shows what went wrong
    }
    // A gesture's end gives the same weights as its last move, but a picture no longer waiting for its robustness.
    if (comparison !== this.wiring.shown()) this.host.requestUpdate();
    this.reporter.personChanged(comparison, commit);
    this.wiring.announce();
    if (commit) this.wiring.save(comparison);
  };
}
