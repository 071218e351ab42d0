/**
 * How sure the picture is, so the widget can say "these fit about equally" instead of naming a
 * winner.
 *
 * 1. Evidence uncertainty: scores are drawn (seeded, so the same input gives the same answer)
 *    from each cell's range, and we count how often each option fits best.
 * 2. Priority uncertainty: for each criterion alone, the nearest slider value at which another
 *    option would fit as well as the current leader. Fit is a ratio with the same denominator for
 *    every option, so the crossing point has a closed form (no search).
 *
 * "Close" rule: options fit about equally when
 *   - two or more tie on the point scores, or
 *   - the leader fits best in fewer than CLEAR_SHARE (3 in 4) of the sampled score combinations,
 *     i.e. the evidence ranges cannot separate it from the others, or
 *   - moving one slider by NEAR_STEPS (one step of 0-10) or less would let another option catch up.
 * A cell marked "not enough evidence" (`evidence: "insufficient"`) has the range [1, 5], so every
 * score is drawn for it: a lead that rests on such a cell is not a finding, and shows as close.
 * Why these: a slider step is the smallest change a person can make and is well inside how unsure
 * people are of their own weights (different weighting methods give one person different weights);
 * and a leader that loses one time in four to the evidence ranges is not a finding worth showing.
 */
import { leadersOf } from './scoring.js';
import { seededRandom } from './random.js';
import { scoreValue, type ComparisonView } from './view.js';
import { clampWeight, MAX_WEIGHT, MIN_WEIGHT, weightOf, type Weights } from './weights.js';

export const CLEAR_SHARE = 0.75;
export const NEAR_STEPS = 1;
/** An option on top in at least this share of samples counts as a contender. */
export const CONTENDER_SHARE = 0.1;
export const DEFAULT_SAMPLES = 2000;
/**
 * Work cap for the sampling: samples x ranged cells stays at or under this, so the largest dataset
 * (20 options x 20 criteria, every cell ranged) costs what a mid-sized one does. A dataset with up
 * to 125 ranged cells keeps all 2,000 samples; beyond that the count falls, never below MIN_SAMPLES.
 */
export const MAX_DRAWS = 250_000;
/** Fewest samples when the work cap applies: shares are then within about 2 points of the full count. */
export const MIN_SAMPLES = 500;
export const DEFAULT_SEED = 20261123;

export interface WeightSensitivity {
  criterionId: string;
  /** The slider value now. */
  from: number;
  /** The slider value (0-10, not necessarily whole) at which `optionId` fits as well as the leader. */
  to: number;
  direction: 'more' | 'less';
  /** The option that would catch up. */
  optionId: string;
}

export interface Robustness {
  status: 'ok' | 'no-priorities';
  /** Option ids with the highest fit on the point scores (more than one when tied). */
  leaders: string[];
  /** Per option (view order), the share of samples in which it fits best; ties share. Sums to 1. */
  topShare: number[];
  samples: number;
  /** Per criterion with a crossing in 0-10, the nearest one; criteria without one are left out. */
  sensitivity: WeightSensitivity[];
  close: boolean;
  /** Option ids (view order) that fit about equally; one id when the picture is clear. */
  contenders: string[];
}

export interface RobustnessOptions {
  samples?: number;
  seed?: number;
}

/** Nothing to read: no priorities, no options, or (see `ComparisonInputs.prioritiesGiven`) none asked for yet. */
export function emptyRobustness(optionIds: readonly string[]): Robustness {
  return {
    status: 'no-priorities',
    leaders: [],
    topShare: optionIds.map(() => 0),
    samples: 0,
    sensitivity: [],
    close: false,
    contenders: [],
  };
}

export function computeRobustness(view: ComparisonView, weights: Weights, options: RobustnessOptions = {}): Robustness {
  const requested = Math.max(1, Math.floor(options.samples ?? DEFAULT_SAMPLES));
  const raw = view.criteria.map((c) => clampWeight(weightOf(weights, c.id), 0));
  const total = raw.reduce((sum, w) => sum + w, 0);
  const nOptions = view.options.length;
  const ids = view.options.map((o) => o.id);
  if (total === 0 || nOptions === 0) return emptyRobustness(ids);
  const values = view.cells.map((row) => row.map((cell) => scoreValue(cell.score)));
  const pointFits = values.map((row) => row.reduce((sum, value, c) => sum + raw[c] * value, 0));
  const leaders = leadersOf(pointFits);
  const leader = leaders[0];

  const { topShare, samples } = sampleTopShare(view, raw, values, pointFits, requested, options.seed ?? DEFAULT_SEED);
  const sensitivity = view.criteria.flatMap((criterion, c) => {
    const crossing = nearestCrossing(values, raw, c, leader);
    return crossing
      ? [
          {
            criterionId: criterion.id,
            from: raw[c],
            to: crossing.to,
            direction: crossing.to > raw[c] ? ('more' as const) : ('less' as const),
            optionId: ids[crossing.option],
          },
        ]
      : [];
  });

  const contenderSet = new Set<number>(leaders);
  topShare.forEach((share, o) => share >= CONTENDER_SHARE && contenderSet.add(o));
  for (const s of sensitivity) if (Math.abs(s.to - s.from) <= NEAR_STEPS) contenderSet.add(ids.indexOf(s.optionId));
  const close = leaders.length > 1 || topShare[leader] < CLEAR_SHARE || sensitivity.some((s) => Math.abs(s.to - s.from) <= NEAR_STEPS);
  if (close && contenderSet.size < 2) {
    // The leader is unsure but its share is spread thinly: name the most frequent challenger.
    const challenger = topShare.reduce(
      (best, share, o) => (o !== leader && share > (topShare[best] ?? -1) ? o : best),
      leader === 0 ? 1 : 0,
    );
    contenderSet.add(challenger);
  }
  const contenders = close ? ids.filter((_, o) => contenderSet.has(o)) : [ids[leader]];
  return { status: 'ok', leaders: leaders.map((o) => ids[o]), topShare, samples, sensitivity, close, contenders };
}

/**
 * Draw every ranged cell uniformly among its whole scores; count who fits best, ties sharing.
 * Only ranged cells change between samples, so each fit is its point value plus their deltas,
 * looked up from a table made once (typed arrays; no allocation inside the loop).
 */
function sampleTopShare(
  view: ComparisonView,
  raw: number[],
  values: number[][],
  pointFits: number[],
  requested: number,
  seed: number,
): { topShare: number[]; samples: number } {
  const nOptions = values.length;
  const owner: number[] = [];
  const spans: number[] = [];
  const deltas: number[] = [];
  view.cells.forEach((row, o) =>
    row.forEach((cell, c) => {
      if (cell.range && cell.range[1] > cell.range[0] && raw[c] > 0) {
        const [low, high] = cell.range;
        owner.push(o);
        spans.push(high - low + 1);
        for (let score = low; score <= high; score++) deltas.push(raw[c] * (scoreValue(score) - values[o][c]));
      }
    }),
  );
  const wins = new Float64Array(nOptions);
  const nRanged = owner.length;
  if (nRanged === 0) {
    const leaders = leadersOf(pointFits);
    for (const o of leaders) wins[o] = requested / leaders.length;
    return { topShare: Array.from(wins, (w) => w / requested), samples: requested };
  }
  const samples = Math.min(requested, Math.max(MIN_SAMPLES, Math.floor(MAX_DRAWS / nRanged)));
  const cellOwner = Int32Array.from(owner);
  const cellSpan = Int32Array.from(spans);
  const table = Float64Array.from(deltas);
  const base = Float64Array.from(pointFits);
  const random = seededRandom(seed);
  const fits = new Float64Array(nOptions);
  for (let s = 0; s < samples; s++) {
    fits.set(base);
    for (let r = 0, offset = 0; r < nRanged; r++) {
      const span = cellSpan[r];
      fits[cellOwner[r]] += table[offset + Math.floor(random() * span)];
      offset += span;
    }
    let best = -Infinity;
    for (let o = 0; o < nOptions; o++) if (fits[o] > best) best = fits[o];
    let tied = 0;
    for (let o = 0; o < nOptions; o++) if (best - fits[o] <= 1e-9) tied++;
    for (let o = 0; o < nOptions; o++) if (best - fits[o] <= 1e-9) wins[o] += 1 / tied;
  }
  return { topShare: Array.from(wins, (w) => w / samples), samples };
}

/**
 * Moving criterion c's raw weight to w changes every option's numerator by w x value; the shared
 * denominator cancels. Option p ties the leader L where
 *   (A_p - A_L) + w (v_pc - v_Lc) = 0,  A = the numerator without c.
 * Returns the crossing nearest the current weight within the slider's range, if any.
 */
function nearestCrossing(values: number[][], raw: number[], c: number, leader: number): { to: number; option: number } | undefined {
  const othersTotal = raw.reduce((sum, w, k) => (k === c ? sum : sum + w), 0);
  const without = values.map((row) => row.reduce((sum, v, k) => (k === c ? sum : sum + raw[k] * v), 0));
  let nearest: { to: number; option: number } | undefined;
  for (let p = 0; p < values.length; p++) {
    const slope = values[p][c] - values[leader][c];
    if (p === leader || slope === 0) continue;
    const to = (without[leader] - without[p]) / slope;
    // At a total weight of zero there is nothing to compare, so a crossing there means nothing.
    if (to < MIN_WEIGHT || to > MAX_WEIGHT || othersTotal + to <= 0) continue;
    if (!nearest || Math.abs(to - raw[c]) < Math.abs(nearest.to - raw[c])) nearest = { to, option: p };
  }
  return nearest;
}
