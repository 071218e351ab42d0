/**
 * The decision journey's elements, defined in one place (guarded: a second copy of the script
 * on the page does not throw). Imported by the public entry.
 */
import { defineElement } from './base.js';
import { IconArray } from './icon-array/icon-array.js';
import { SureCheck } from './sure-check/sure-check.js';
import { DecisionStage } from './decision-stage/decision-stage.js';
import { YourPlan } from './your-plan/your-plan.js';
import { DealBreakers } from './deal-breakers/deal-breakers.js';

export { IconArray, SureCheck, DecisionStage, YourPlan, DealBreakers };

export const JOURNEY_TAGS = {
  iconArray: 'tc-icon-array',
  sureCheck: 'tc-sure-check',
  decisionStage: 'tc-decision-stage',
  yourPlan: 'tc-your-plan',
  dealBreakers: 'tc-deal-breakers',
} as const;

export function defineJourneyElements(): void {
  defineElement(JOURNEY_TAGS.iconArray, IconArray);
  defineElement(JOURNEY_TAGS.sureCheck, SureCheck);
  defineElement(JOURNEY_TAGS.decisionStage, DecisionStage);
  defineElement(JOURNEY_TAGS.yourPlan, YourPlan);
  defineElement(JOURNEY_TAGS.dealBreakers, DealBreakers);
}

defineJourneyElements();
