/**
 * The decision journey's answers: where the person is in deciding and how they would like to
 * decide, the SURE check, their plan (questions and notes), the options they set aside and their
 * own concern. The parts report them with internal events; this keeps them, fires the public
 * events, and asks the root to keep the link in step or to derive again. Kept in the page only: a
 * link holds the stage, role, SURE answers and options set aside (`link`), never free text.
 */
import type { ReactiveControllerHost } from 'lit';
import { emitPublic, type DealBreakersInputDetail, type PlanInputDetail, type StageInputDetail, type SureInputDetail } from '../events.js';
import type { ComparisonInputs } from '../model/comparison.js';
import type { OwnConcern } from '../model/concern.js';
import type { Role, Stage } from '../model/stage.js';
import { scoreSure, type SureAnswers } from '../model/sure.js';
import type { UrlState } from '../model/url-state.js';

/** The person's answers in the decision journey. */
export interface JourneyState {
  stage?: Stage;
  role?: Role;
  sure: SureAnswers;
  setAside: readonly string[];
  concern?: OwnConcern;
  questions?: string[];
  notes: string;
}

export const NEW_JOURNEY: JourneyState = { sure: {}, setAside: [], notes: '' };

export interface JourneyWiring {
  /** The dataset's option ids, in its order (options set aside are kept in it). */
  optionIds: () => readonly string[];
  /** An answer a link holds changed: keep the link in step. */
  save: () => void;
  /** What is compared changed: derive again, as a change the person made. */
  changed: (change: Partial<ComparisonInputs>) => void;
}

export class JourneyController {
  private current: JourneyState = NEW_JOURNEY;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly wiring: JourneyWiring,
  ) {}

  get state(): JourneyState {
    return this.current;
  }

  set state(state: JourneyState) {
    this.current = state;
    this.host.requestUpdate();
  }

  /** What a link carries of the journey. */
  get link(): Pick<UrlState, 'stage' | 'role' | 'sure' | 'setAside'> {
    const { stage, role, sure, setAside } = this.current;
    return { stage, role, sure, setAside: [...setAside] };
  }

  /** Takes the answers a link carried. */
  restore(state: UrlState) {
    this.state = { ...this.current, stage: state.stage, role: state.role, sure: state.sure ?? {}, setAside: state.setAside ?? [] };
  }

  /** Notes or questions the person typed. */
  get hasOwnText(): boolean {
    return this.current.notes.trim() !== '' || this.current.questions !== undefined;
  }

  /** Every answer cleared, except the notes and questions the person typed. */
  clearAnswers() {
    const { questions, notes } = this.current;
    this.state = { ...NEW_JOURNEY, questions, notes };
  }

  /** Gives back earlier answers; the notes and questions stay as they are now (they are newer). */
  giveBack(earlier: JourneyState) {
    this.state = { ...earlier, questions: this.current.questions, notes: this.current.notes };
  }

  clearNotes() {
    this.state = { ...this.current, questions: undefined, notes: '' };
  }

  onStage = (event: CustomEvent<StageInputDetail>) => {
    this.state = { ...this.current, stage: event.detail.stage, role: event.detail.role };
    emitPublic(this.host, 'stage-change', { ...event.detail });
    this.wiring.save();
  };

  onSure = (event: CustomEvent<SureInputDetail>) => {
    const sure = { ...event.detail.answers };
    this.state = { ...this.current, sure };
    emitPublic(this.host, 'sure-change', { answers: { ...sure }, ...scoreSure(sure) });
    this.wiring.save();
  };

  onPlan = (event: CustomEvent<PlanInputDetail>) => {
    this.state = { ...this.current, questions: [...event.detail.questions], notes: event.detail.notes };
  };

  onDealBreakers = (event: CustomEvent<DealBreakersInputDetail>) => {
    const setAside = this.wiring.optionIds().filter((id) => event.detail.setAside.includes(id));
    this.state = { ...this.current, setAside, concern: event.detail.concern };
    this.wiring.changed({ setAside, concern: event.detail.concern });
  };
}
