/**
 * Every event of the widget, public and internal, with its detail type.
 *
 * Public events bubble and are composed (they cross shadow roots to reach the page) and only the
 * root element fires them. Internal events go from a part to the root: they bubble inside the
 * root's shadow tree and are never composed, so nothing a part reports (free text included) can
 * reach the page through the widget's events, whatever listeners the page adds, capturing ones on
 * `window` included. (A script on the page can still read what is typed in the open shadow roots,
 * as it can read any form on its own page: the page is trusted, the events are what is kept in.)
 */
import type { OwnConcern } from './model/concern.js';
import type { Role, Stage } from './model/stage.js';
import type { SureAnswers, SureResult } from './model/sure.js';

export type { OwnConcern };

// ---------------------------------------------------------------------------------------------
// Public events (fired by <treatment-compare> on a person's action, never for a property set by code)

/** Detail of `weights-change`: every criterion's slider value, 0-10, keyed by criterion id. */
export interface WeightsChangeDetail {
  weights: Record<string, number>;
}

/** One option's fit, 0-100 as the model computed it (not rounded). */
export interface OptionFitSummary {
  optionId: string;
  fit: number;
}

/**
 * Detail of `ranking-change`: the fit of every shown option in the dataset's order (never sorted),
 * whether the options fit about equally, and the ids of the options that do (one id when clear).
 */
export interface RankingChangeDetail {
  fits: OptionFitSummary[];
  close: boolean;
  contenders: string[];
}

/**
 * Where the input that failed came from: a dataset (`src`, the `dataset` property, the built-in
 * one) or the clinic configuration (`clinic`: the `clinic` property or the inline JSON child).
 */
export type DatasetErrorSource = 'src' | 'property' | 'default' | 'clinic';

/** Detail of `dataset-error`: the problems, in plain words, and where the failing input came from. */
export interface DatasetErrorDetail {
  errors: string[];
  source: DatasetErrorSource;
}

/** Detail of `stage-change`: where the person is in deciding, and how they would like to decide. */
export interface StageChangeDetail {
  stage?: Stage;
  role?: Role;
}

/** Detail of `sure-change`: the answers given so far, and the SURE score. */
export interface SureChangeDetail extends SureResult {
  answers: SureAnswers;
}

export interface TreatmentCompareEventMap {
  'weights-change': CustomEvent<WeightsChangeDetail>;
  'ranking-change': CustomEvent<RankingChangeDetail>;
  'dataset-error': CustomEvent<DatasetErrorDetail>;
  'stage-change': CustomEvent<StageChangeDetail>;
  'sure-change': CustomEvent<SureChangeDetail>;
}

// ---------------------------------------------------------------------------------------------
// Internal events (a part to the root; never composed). A part never changes its own public
// properties: it reports what the person did, and the root passes the new value back down.

/** `tc-weight-input`: a slider moved (`committed` false while dragging, true on `change`). */
export interface WeightInputDetail {
  criterionId: string;
  value: number;
  committed: boolean;
}

/** `tc-stage-input`: the stage or the way to decide, as now chosen (both absent: cleared). */
export type StageInputDetail = StageChangeDetail;

/** `tc-sure-input`: every SURE answer, as now given. */
export interface SureInputDetail {
  answers: SureAnswers;
}

/** `tc-plan-input`: the questions to ask and the notes, as now typed (kept in the page only). */
export interface PlanInputDetail {
  questions: string[];
  notes: string;
}

/** `tc-deal-breakers-input`: the options set aside and the person's own concern, as now chosen. */
export interface DealBreakersInputDetail {
  setAside: string[];
  concern?: OwnConcern;
}

export interface InternalEventMap {
  'tc-weight-input': CustomEvent<WeightInputDetail>;
  'tc-weights-reset': CustomEvent<Record<string, never>>;
  'tc-stage-input': CustomEvent<StageInputDetail>;
  'tc-sure-input': CustomEvent<SureInputDetail>;
  'tc-plan-input': CustomEvent<PlanInputDetail>;
  'tc-deal-breakers-input': CustomEvent<DealBreakersInputDetail>;
}

/** Fires a public event from the root: bubbles and is composed, so it reaches the page. */
export function emitPublic<K extends keyof TreatmentCompareEventMap>(
  target: EventTarget,
  name: K,
  detail: TreatmentCompareEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

/** Fires an internal event from a part: bubbles inside the root's shadow tree only. */
export function emitInternal<K extends keyof InternalEventMap>(
  target: EventTarget,
  name: K,
  detail: InternalEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: false, detail }));
}

declare global {
  interface GlobalEventHandlersEventMap extends TreatmentCompareEventMap, InternalEventMap {}
}
