/** The decision journey's events (bubbling, composed, fired on user action only). */
import type { OwnConcern, Role, Stage, SureAnswers, SureResult } from '../model/journey.js';

export type { OwnConcern };

/** Detail of `stage-change`: where the person is in deciding, and how they would like to decide. */
export interface StageChangeDetail {
  stage?: Stage;
  role?: Role;
}

/** Detail of `sure-change`: the answers given so far, and the SURE score. */
export interface SureChangeDetail extends SureResult {
  answers: SureAnswers;
}

/** Detail of `plan-change`: the questions to ask and the notes (kept in the page only). */
export interface PlanChangeDetail {
  questions: string[];
  notes: string;
}

/** Detail of `deal-breakers-change`: the options set aside, and the person's own concern. */
export interface DealBreakersChangeDetail {
  setAside: string[];
  concern?: OwnConcern;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'stage-change': CustomEvent<StageChangeDetail>;
    'sure-change': CustomEvent<SureChangeDetail>;
    'plan-change': CustomEvent<PlanChangeDetail>;
    'deal-breakers-change': CustomEvent<DealBreakersChangeDetail>;
  }
}
