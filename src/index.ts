/**
 * treatment-compare: a patient decision aid as one web component.
 *
 * Importing this module defines `<treatment-compare>` and its parts (guarded: loading it twice
 * does not throw). The classes, event detail types and the decision model's types are exported.
 */
// First, before Lit is evaluated: a Trusted Types policy that refuses Lit's gets one plain console line.
import { trustedTypesGuardDone } from './trusted-types-guard.js';
import { defineElements } from './define.js';
import { englishMessages } from './i18n/index.js';

export { AboutEvidence } from './components/about-evidence/about-evidence.js';
export { ClinicFacts } from './components/clinic-facts/clinic-facts.js';
export { DealBreakers } from './components/deal-breakers/deal-breakers.js';
export { DecisionStage } from './components/decision-stage/decision-stage.js';
export { FitChart } from './components/fit-chart/fit-chart.js';
export { HowSure } from './components/how-sure/how-sure.js';
export { IconArray } from './components/icon-array/icon-array.js';
export { OptionGrid } from './components/option-grid/option-grid.js';
export { PrioritySliders } from './components/priority-sliders/priority-sliders.js';
export { SureCheck } from './components/sure-check/sure-check.js';
export {
  TreatmentCompare,
  DEFAULT_ANNOUNCE_DELAY,
  DEFAULT_FETCH_TIMEOUT,
  type TreatmentCompareMode,
} from './components/treatment-compare/treatment-compare.js';
export { YourPlan } from './components/your-plan/your-plan.js';
export { ELEMENTS, defineElement } from './define.js';
export type {
  DatasetErrorDetail,
  DatasetErrorSource,
  OptionFitSummary,
  OwnConcern,
  RankingChangeDetail,
  StageChangeDetail,
  SureChangeDetail,
  TreatmentCompareEventMap,
  WeightsChangeDetail,
} from './events.js';
/** The English interface text (under its earlier name); `messagesFor(lang)` gives any language's. */
export { englishMessages as strings } from './i18n/index.js';
export {
  LOCALES,
  localText,
  messagesFor,
  resolveLocale,
  type LocalText,
  type Locale,
  type Messages,
  type ResolvedLocale,
} from './i18n/index.js';
export type {
  Cell,
  Citation,
  Condition,
  Criterion,
  Dataset,
  OptionInfo,
  Outcome,
  ValidationResult,
  Weights,
  Clinic,
  ClinicResult,
  LocalClinic,
  LocalDataset,
  Localised,
} from './model/index.js';

/** A 0-10 priority in English words ("Matters a lot"); `messagesFor(lang).weightWords` for another language. */
export const weightWords = englishMessages.weightWords;

defineElements();
trustedTypesGuardDone();
