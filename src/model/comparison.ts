/**
 * The one derivation: from what the widget is given (a dataset in the language shown) and what
 * the person chose (priorities, condition, options shown, set aside, their own concern, the
 * counselor's focus) to everything the view shows. Pure; components only format and render it.
 *
 * `createComparison()` returns a memoised derive function: each stage is recomputed only when its
 * own inputs changed (by identity, or by the key of a list), so a slider move recomputes the fit
 * and robustness, never the view.
 */
import { cleanConcern, withOwnConcern, withoutSetAside, type OwnConcern } from './concern.js';
import type { Robustness, WeightSensitivity } from './robustness.js';
import { attempt, ComparisonError, computeComparison } from './safe.js';

export { ComparisonError };
import type { FitResult } from './scoring.js';
import type { LocalDataset } from './schema.js';
import { resolveView, type ComparisonView } from './view.js';
import { allAtStart, completeWeights, MAX_WEIGHT, MIN_WEIGHT, type Weights } from './weights.js';

export type LocalView = ComparisonView<LocalDataset>;

export interface ComparisonInputs {
  /** The dataset in the language shown. */
  data: LocalDataset;
  /** The slider values the person (or the page) set; may hold the own concern's weight. */
  weights: Weights;
  /** A condition id; '' for all chronic pain. */
  condition: string;
  /** Option ids the page chose to show (the `options` attribute), in dataset order; empty for all. */
  options: readonly string[];
  /** Option ids the person set aside as not an option for them. */
  setAside: readonly string[];
  concern?: OwnConcern;
  /** Counselor mode: two option ids to focus on (both set and different), and options hidden. */
  focus?: readonly [string, string];
  hidden?: readonly string[];
  /**
   * False while no one has said what matters: no slider moved, no `weights` given, none from a
   * link, and no choice of equal priorities. The comparison then waits: it names no option and
   * gives no fit (see `Comparison.waiting`). Defaults to true.
   */
  prioritiesGiven?: boolean;
  /**
   * Work out the fit now and the robustness sampling (the costly part) at a derive without this
   * flag (`robustnessPending` until then). While a slider is dragged, the last robustness and its
   * readout are kept meanwhile, so the sampling is off the input path (issue #14, item 8); for a
   * first picture (no sampling yet for the view) the readout is `none` meanwhile, so a page's first
   * render is not one long task with the sampling in it.
   */
  robustnessLater?: boolean;
}

/** The "how sure is this picture" reading as data; the words are the catalog's. */
export type Readout =
  | { kind: 'none' }
  | { kind: 'close'; contenders: string[] }
  | {
      kind: 'clear';
      leader: string;
      /** How many times in ten the leader fits best as scores vary within their ranges; absent when 10. */
      inTen?: number;
      /** The nearest single-slider change that would let another option catch up. */
      nearest?: { criterionId: string; direction: 'more' | 'less'; from: number; to: number; big: boolean; optionId: string };
    };

export interface Comparison {
  /** The options shown (dataset order), every dataset criterion, cells for the condition. */
  view: LocalView;
  /** What is compared: `view` without the options set aside, with the own concern as a criterion when complete. */
  compared: LocalView;
  /** The options shown that the person set aside. */
  setAside: LocalView['options'];
  /** Every compared criterion's slider value (the own concern's included when it is compared). */
  weights: Weights;
  /** Every slider still in the middle, where it started. */
  atStart: boolean;
  /**
   * No priorities given yet: the view must name no option and show no fit until the person says
   * what matters (the start state would otherwise favour whatever asks least). `readout` is
   * `none` and robustness is not computed.
   */
  waiting: boolean;
  fit: FitResult;
  robustness: Robustness;
  /** Fit 0-100 per compared option id. */
  fitById: ReadonlyMap<string, number>;
  readout: Readout;
  /** Changes exactly when the fits or the close/contenders reading change (for `ranking-change`). */
  rankingKey: string;
  /** The robustness and readout are not yet those of these weights (`robustnessLater`); a derive without the flag brings them up to date. */
  robustnessPending?: boolean;
}

/** The option ids shown: the counselor's focused pair, else those not hidden (never none), else the page's choice. */
export function shownOptionIds(
  allIds: readonly string[],
  chosen: readonly string[],
  focus?: readonly [string, string],
  hidden?: readonly string[],
) {
  const ids = chosen.length ? allIds.filter((id) => chosen.includes(id)) : [...allIds];
  const [a, b] = focus ?? ['', ''];
  if (a && b && a !== b && ids.includes(a) && ids.includes(b)) return ids.filter((id) => id === a || id === b);
  const shown = ids.filter((id) => !(hidden ?? []).includes(id));
  return shown.length ? shown : ids;
}

/**
 * Counselor mode's chips: pressing an option adds it to the pair to compare; a third replaces the
 * one chosen first; pressing a chosen one lets it go. '' marks an empty place.
 */
export function toggleFocus(focus: readonly [string, string], id: string): [string, string] {
  const chosen = focus.filter(Boolean);
  const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : chosen.length < 2 ? [...chosen, id] : [chosen[1], id];
  return [next[0] ?? '', next[1] ?? ''];
}

/** A sensitivity crossing as a whole slider value on the far side of the crossing, or undefined if it rounds to no change. */
export function sensitivityStep(s: WeightSensitivity): number | undefined {
  const raw = s.direction === 'more' ? Math.ceil(s.to - 1e-9) : Math.floor(s.to + 1e-9);
  const to = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, raw));
  return to === s.from ? undefined : to;
}

/** The readout's data from the robustness of the compared options. */
export function readoutOf(robustness: Robustness, optionIds: readonly string[]): Readout {
  if (robustness.status !== 'ok' || optionIds.length === 0) return { kind: 'none' };
  if (robustness.close) return { kind: 'close', contenders: [...robustness.contenders] };
  const leader = robustness.contenders[0] ?? robustness.leaders[0];
  const readout: Readout = { kind: 'clear', leader };
  const inTen = Math.round((robustness.topShare[optionIds.indexOf(leader)] ?? 1) * 10);
  if (robustness.samples > 0 && inTen < 10) readout.inTen = inTen;
  const nearest = robustness.sensitivity
    .map((s) => ({ s, to: sensitivityStep(s) }))
    .filter((x): x is { s: WeightSensitivity; to: number } => x.to !== undefined)
    .sort((a, b) => Math.abs(a.s.to - a.s.from) - Math.abs(b.s.to - b.s.from))[0];
  if (nearest) {
    const { criterionId, direction, from, optionId } = nearest.s;
    readout.nearest = { criterionId, direction, from, to: nearest.to, big: Math.abs(nearest.to - from) > 2, optionId };
  }
  return readout;
}

function rankingKeyOf(fit: FitResult, robustness: Robustness): string {
  const fits = fit.fits.map((f) => `${f.optionId}:${Math.round(f.fit * 1e6)}`).join(',');
  return `${fit.status}|${fits}|${robustness.close}|${robustness.contenders.join(',')}`;
}

/** A memoised derive function (one per widget). Any failure throws a `ComparisonError` with plain messages, never a number that is not one. */
export function createComparison(): (inputs: ComparisonInputs) => Comparison {
  let viewKey = '';
  let view: LocalView | undefined;
  let viewData: LocalDataset | undefined;
  let comparedKey = '';
  let compared: LocalView | undefined;
  let last: Comparison | undefined;
  let lastWeightsKey = '';

  const derive = (inputs: ComparisonInputs): Comparison => {
    const { data } = inputs;
    const allIds = data.options.map((o) => o.id);
    const shown = shownOptionIds(allIds, inputs.options, inputs.focus, inputs.hidden);
    const nextViewKey = `${inputs.condition}|${shown.join(',')}`;
    if (data !== viewData || nextViewKey !== viewKey || !view) {
      view = resolveView(data, { condition: inputs.condition, options: shown });
      viewData = data;
      viewKey = nextViewKey;
    }
    const ids = view.options.map((o) => o.id);
    const concern = cleanConcern(inputs.concern, ids);
    const aside = new Set(inputs.setAside);
    const nextComparedKey = `${[...aside].join(',')}|${JSON.stringify(concern ?? null)}`;
    if (nextComparedKey !== comparedKey || !compared || last?.view !== view) {
      compared = withOwnConcern(withoutSetAside(view, [...aside]), concern);
      comparedKey = nextComparedKey;
    }
    const criterionIds = compared.criteria.map((c) => c.id);
    const weights = completeWeights(criterionIds, inputs.weights);
    const waiting = inputs.prioritiesGiven === false;
    const weightsKey = `${waiting}|${criterionIds.map((id) => weights[id]).join(',')}`;
    const same = last && last.compared === compared && last.view === view;
    if (same && weightsKey === lastWeightsKey && (inputs.robustnessLater || !last!.robustnessPending)) return last!;
    // Dragging: the fit now, the sampling later (the robustness and readout shown are the last ones meanwhile).
    // A first picture (nothing sampled for this view yet): the fit now, no reading until the sampling is done.
    const later = inputs.robustnessLater === true && !waiting && !(same && last!.waiting);
    const keep = later && same;
    // Waiting: no verdict is shown, so the costly robustness sampling is skipped too.
    const result = computeComparison(compared, weights, { robustness: !waiting && !later });
    if (!result.ok) throw new ComparisonError(result.errors);
    const { fit } = result;
    const robustness = keep ? last!.robustness : result.robustness;
    const comparedIds = compared.options.map((o) => o.id);
    last = {
      view,
      compared,
      setAside: view.options.filter((o) => aside.has(o.id)),
      weights,
      atStart: allAtStart(weights),
      waiting,
      fit,
      robustness,
      fitById: new Map(fit.fits.map((f) => [f.optionId, f.fit])),
      readout: waiting || (later && !keep) ? { kind: 'none' } : keep ? last!.readout : readoutOf(robustness, comparedIds),
      rankingKey: waiting ? 'waiting' : rankingKeyOf(fit, robustness),
      robustnessPending: later || undefined,
    };
    lastWeightsKey = weightsKey;
    return last;
  };
  // Every failure (a missing cell in the view, a number that is not one) ends as one kind of error.
  return (inputs) => {
    const result = attempt(() => ({ comparison: derive(inputs) }));
    if (!result.ok) throw new ComparisonError(result.errors);
    return result.comparison;
  };
}
