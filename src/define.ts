/** The widget's tag names, and the one place that defines its elements (guarded: a second copy of the script does not throw). */
import { AboutEvidence } from './components/about-evidence/about-evidence.js';
import { ClinicFacts } from './components/clinic-facts/clinic-facts.js';
import { DealBreakers } from './components/deal-breakers/deal-breakers.js';
import { DecisionStage } from './components/decision-stage/decision-stage.js';
import { FitChart } from './components/fit-chart/fit-chart.js';
import { HowSure } from './components/how-sure/how-sure.js';
import { IconArray } from './components/icon-array/icon-array.js';
import { OptionGrid } from './components/option-grid/option-grid.js';
import { PrioritySliders } from './components/priority-sliders/priority-sliders.js';
import { SureCheck } from './components/sure-check/sure-check.js';
import { TreatmentCompare } from './components/treatment-compare/treatment-compare.js';
import { YourPlan } from './components/your-plan/your-plan.js';

/** Tag name -> element class. The parts come first, so the root finds them defined when it first renders. */
export const ELEMENTS = {
  'tc-option-grid': OptionGrid,
  'tc-priority-sliders': PrioritySliders,
  'tc-fit-chart': FitChart,
  'tc-how-sure': HowSure,
  'tc-about-evidence': AboutEvidence,
  'tc-clinic-facts': ClinicFacts,
  'tc-icon-array': IconArray,
  'tc-sure-check': SureCheck,
  'tc-decision-stage': DecisionStage,
  'tc-your-plan': YourPlan,
  'tc-deal-breakers': DealBreakers,
  'treatment-compare': TreatmentCompare,
} as const;

/**
 * `customElements.define` that does nothing when the name is taken (a second copy of the script
 * on the page must not throw). Warns when another class holds the name.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, constructor);
  else if (existing !== constructor) console.warn(`<${name}> is already defined by another script; keeping that one.`);
}

export function defineElements(): void {
  for (const [name, constructor] of Object.entries(ELEMENTS)) defineElement(name, constructor);
}

type Elements = typeof ELEMENTS;

declare global {
  interface HTMLElementTagNameMap extends Elements2 {}
}
type Elements2 = { [K in keyof Elements]: InstanceType<Elements[K]> };
