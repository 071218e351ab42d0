/**
 * The person's changes to what is compared: the priorities (a slider, reset, "Show with equal
 * priorities"), the condition, and any other change handed in (`made`). Each is derived at once
 * so the events carry the new picture, reported once finished (see `ChangeReporter`), announced
 * once things are quiet, and kept in the link. While a slider is dragged, how sure the picture is
 * gets worked out only once the input has rested for {@link SETTLE_MS}; for a first picture, in the
 * task after its render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WeightInputDetail } from '../events.js';
import type { Comparison, ComparisonInputs } from '../model/comparison.js';
import { serialiseWeights } from '../model/state.js';
import { completeWeights } from '../model/weights.js';
import { ChangeReporter } from './change-reporter.js';

/** How long a dragged slider rests before the robustness sampling runs. */
export const SETTLE_MS = 150;

/** The root: its `weights` and `condition` properties are what the person changes. */
type Host = ReactiveControllerHost & HTMLElement & { weights: string | Record<string, number>; condition: string };

/** The priorities as given: `weights` as set, and whether equal priorities were chosen. */
export interface GivenPriorities {
  weights: Host['weights'];
  equalChosen: boolean;
}

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

export class PersonChangeController implements ReactiveController {
  /** A slider is being dragged: the robustness sampling waits until the input settles (`robustnessLater`). */
  dragging = false;
  /** A first picture's robustness sampling, in a task after its render (see `hostUpdated`). */
  private sampling?: Promise<void>;
  /** The person chose to see the result with every priority equal, before moving a slider. */
  private equalChosen = false;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private readonly reporter: ChangeReporter;

  constructor(
    private readonly host: Host,
    private readonly wiring: PersonChangeWiring,
  ) {
    this.reporter = new ChangeReporter(host);
    host.addController(this);
  }

  /** What `updateComplete` waits for: a first picture's sampling still to come. */
  get pending(): Promise<void>[] {
    return this.sampling ? [this.sampling] : [];
  }

  /** Whether the derivation leaves the robustness sampling for later: while a slider is dragged, and for a first picture. */
  get robustnessLater(): boolean {
    return this.dragging || !this.wiring.shown();
  }

  /**
   * After each update: a first picture was drawn without its robustness sampling, which runs in
   * the next task, so a page's first render (the sampling on code not yet optimised) is two
   * shorter tasks, not one long one (issue #14, item 8). A drag's sampling waits for the slider to rest.
   */
  hostUpdated() {
    if (!this.wiring.shown()?.robustnessPending || this.dragging || this.sampling) return;
    this.sampling = new Promise((resolve) =>
      setTimeout(() => {
        this.sampling = undefined;
        this.host.requestUpdate();
        resolve();
      }),
    );
  }

  /**
   * Whether anyone has said what matters: a slider moved (which sets `weights`), `weights` given by
   * the page or a link, or equal priorities chosen. Until then the result names no option.
   */
  get prioritiesGiven(): boolean {
    const w = this.host.weights;
    return this.equalChosen || (typeof w === 'string' ? w.trim() !== '' : w !== null && typeof w === 'object' && Object.keys(w).length > 0);
  }

  /** The priorities as given, for "start again" to give back. */
  get priorities(): GivenPriorities {
    return { weights: this.host.weights, equalChosen: this.equalChosen };
  }

  /** Sets priorities given back, or (none) no priorities given, as at the start. */
  setPriorities(given?: GivenPriorities) {
    this.host.weights = given?.weights ?? '';
    this.equalChosen = given?.equalChosen ?? false;
    this.host.requestUpdate();
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

  onWeightInput = (event: CustomEvent<WeightInputDetail>) => {
    const { criterionId, value, committed } = event.detail;
    const current = this.wiring.shown()?.weights;
    if (!current || !Object.hasOwn(current, criterionId)) return;
    if (current[criterionId] === value && !committed) return;
    const weights = { ...current, [criterionId]: value };
    this.host.weights = serialiseWeights(weights);
    this.made({ weights }, committed);
  };

  onReset = () => {
    if (!this.wiring.ready()) return;
    const weights = completeWeights(this.wiring.shown()?.compared.criteria.map((c) => c.id) ?? []);
    this.host.weights = serialiseWeights(weights);
    this.made({ weights });
  };

  onShowEqual = () => {
    this.equalChosen = true;
    this.host.requestUpdate();
    this.made({ prioritiesGiven: true });
  };

  onCondition = (condition: string) => {
    this.host.condition = condition;
    this.made({ condition });
  };
}
