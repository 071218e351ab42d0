/** The public events of <treatment-compare>, with their detail types. */

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

export interface TreatmentCompareEventMap {
  'weights-change': CustomEvent<WeightsChangeDetail>;
  'ranking-change': CustomEvent<RankingChangeDetail>;
  'dataset-error': CustomEvent<DatasetErrorDetail>;
}

/** Internal: a slider moved (`committed` false while dragging, true on `change`). */
export interface WeightInputDetail {
  criterionId: string;
  value: number;
  committed: boolean;
}

/** Internal: the reset button was pressed. */
export type WeightsResetDetail = Record<string, never>;

/** Internal: the condition selector changed; '' is all types. */
export interface ConditionSelectDetail {
  condition: string;
}

declare global {
  interface GlobalEventHandlersEventMap extends TreatmentCompareEventMap {}
}
