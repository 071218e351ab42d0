/**
 * treatment-compare: a patient decision aid as one web component.
 *
 * Importing this module defines `<treatment-compare>` and its parts (guarded: loading it twice
 * does not throw). The classes, event detail types and the decision model's types are exported.
 */
import { AboutEvidence } from './components/about-evidence/about-evidence.js';
import { defineElement } from './components/base.js';
import { ClinicFacts } from './components/clinic-facts/clinic-facts.js';
import { FitChart } from './components/fit-chart/fit-chart.js';
import { HowSure } from './components/how-sure/how-sure.js';
import { OptionGrid } from './components/option-grid/option-grid.js';
import { PrioritySliders } from './components/priority-sliders/priority-sliders.js';
import { TreatmentCompare } from './components/treatment-compare/treatment-compare.js';
import { englishMessages } from './i18n/index.js';
import { DealBreakers, DecisionStage, IconArray, JOURNEY_TAGS, SureCheck, YourPlan, defineJourneyElements } from './components/journey.js';

export { AboutEvidence, ClinicFacts, FitChart, HowSure, OptionGrid, PrioritySliders, TreatmentCompare };
export { DealBreakers, DecisionStage, IconArray, JOURNEY_TAGS, SureCheck, YourPlan };
export type {
  DealBreakersChangeDetail,
  OwnConcern,
  PlanChangeDetail,
  StageChangeDetail,
  SureChangeDetail,
} from './components/journey-events.js';
export { DEFAULT_ANNOUNCE_DELAY, DEFAULT_FETCH_TIMEOUT, type TreatmentCompareMode } from './components/treatment-compare/treatment-compare.js';
export type {
  DatasetErrorDetail,
  DatasetErrorSource,
  OptionFitSummary,
  RankingChangeDetail,
  TreatmentCompareEventMap,
  WeightsChangeDetail,
} from './components/events.js';
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
export { parseClinicJson, parseDatasetJson, validateClinic, validateDataset } from './model/index.js';

/** A 0-10 priority in English words ("Matters a lot"); `messagesFor(lang).weightWords` for another language. */
export const weightWords = englishMessages.weightWords;

/** Tag names of the widget's elements. */
export const TAGS = {
  root: 'treatment-compare',
  grid: 'tc-option-grid',
  sliders: 'tc-priority-sliders',
  chart: 'tc-fit-chart',
  howSure: 'tc-how-sure',
  about: 'tc-about-evidence',
  clinicFacts: 'tc-clinic-facts',
} as const;

// Parts first, so the root finds them defined when it first renders.
defineJourneyElements();
defineElement(TAGS.grid, OptionGrid);
defineElement(TAGS.sliders, PrioritySliders);
defineElement(TAGS.chart, FitChart);
defineElement(TAGS.howSure, HowSure);
defineElement(TAGS.about, AboutEvidence);
defineElement(TAGS.clinicFacts, ClinicFacts);
defineElement(TAGS.root, TreatmentCompare);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-compare': TreatmentCompare;
    'tc-option-grid': OptionGrid;
    'tc-priority-sliders': PrioritySliders;
    'tc-fit-chart': FitChart;
    'tc-how-sure': HowSure;
    'tc-about-evidence': AboutEvidence;
    'tc-clinic-facts': ClinicFacts;
    'tc-icon-array': IconArray;
    'tc-sure-check': SureCheck;
    'tc-decision-stage': DecisionStage;
    'tc-your-plan': YourPlan;
    'tc-deal-breakers': DealBreakers;
  }
}
