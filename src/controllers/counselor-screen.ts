/**
 * Counselor mode's screen: the two options to focus on (the chips), the options hidden, and
 * "start again" with its offer to undo it (and to clear the notes it kept). Each change is handed
 * to the root as a change the person made, so the one derivation shows it.
 */
import type { ReactiveControllerHost } from 'lit';
import { toggleFocus } from '../model/comparison.js';
import type { LocalDataset } from '../model/schema.js';
import { completeWeights } from '../model/weights.js';
import type { JourneyController, JourneyState } from './journey.js';
import type { GivenPriorities, PersonChangeController } from './person-change.js';
import { UndoOfferController } from './undo-offer.js';

/** The two options to focus on ('' for none, in the order chosen), and the options hidden. */
export interface CounselorView {
  focus: [string, string];
  hidden: string[];
}

const ALL_SHOWN: CounselorView = { focus: ['', ''], hidden: [] };

type Host = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export interface CounselorWiring {
  data: () => LocalDataset | undefined;
  journey: JourneyController;
  /** Takes each change, and keeps and gives back the priorities. */
  change: PersonChangeController;
  /** "Start again" also clears what the take-away showed (a copied link). */
  startedAgain: () => void;
}

/** What "start again" can give back. */
interface StartAgainSnapshot {
  priorities: GivenPriorities;
  view: CounselorView;
  journey: JourneyState;
}

export class CounselorScreenController {
  private current: CounselorView = ALL_SHOWN;
  private readonly undo: UndoOfferController<StartAgainSnapshot>;

  constructor(
    private readonly host: Host,
    private readonly wiring: CounselorWiring,
  ) {
    this.undo = new UndoOfferController(host);
  }

  get view(): CounselorView {
    return this.current;
  }

  private show(view: CounselorView) {
    this.current = view;
    this.host.requestUpdate();
  }

  /** What the counselor's screen shows of this, and its handlers. */
  get screen() {
    return {
      focus: this.current.focus,
      hidden: this.current.hidden,
      onChip: this.onChip,
      onShowAll: this.onShowAll,
      onShow: this.onShow,
      onStartAgain: this.onStartAgain,
      offer: this.undo.open ? ('undo' as const) : ('none' as const),
      keptNotes: this.undo.open && this.wiring.journey.hasOwnText,
      onUndo: this.onUndo,
      onClearNotes: this.onClearNotes,
      onOfferHold: this.undo.hold,
    };
  }

  private onShow = (id: string, shown: boolean) => {
    const hide = new Set(this.current.hidden);
    if (shown) hide.delete(id);
    else hide.add(id);
    const hidden = (this.wiring.data()?.options ?? []).map((o) => o.id).filter((known) => hide.has(known));
    this.show({ focus: ['', ''], hidden });
    this.wiring.change.made(this.current);
  };

  /** A chip: pressing two compares them; a third replaces the one chosen first; pressing a chosen one lets it go. */
  private onChip = (id: string) => this.focusOn(toggleFocus(this.current.focus, id));

  private onShowAll = () => this.focusOn(['', '']);

  private focusOn(focus: [string, string]) {
    this.show({ ...this.current, focus });
    this.wiring.change.made({ focus });
  }

  /**
   * Start again: priorities not given (the result waits again), all options, and every answer
   * cleared, except the notes and questions the person typed. Offers to undo it, and to clear the
   * notes too, for {@link UNDO_OFFER_MS} (longer while the offer has focus or the pointer).
   */
  private onStartAgain = () => {
    const data = this.wiring.data();
    if (!data) return;
    const { journey, change } = this.wiring;
    this.undo.offer({ priorities: change.priorities, view: this.current, journey: journey.state });
    this.show(ALL_SHOWN);
    journey.clearAnswers();
    this.wiring.startedAgain();
    change.setPriorities();
    const weights = completeWeights(data.criteria.map((c) => c.id));
    this.wiring.change.made({ weights, focus: ['', ''], hidden: [], setAside: [], concern: undefined, prioritiesGiven: false });
  };

  private onUndo = () => void this.undoStartAgain();

  private async undoStartAgain() {
    const snapshot = this.undo.take();
    if (!snapshot || !this.wiring.data()) return;
    this.wiring.change.setPriorities(snapshot.priorities);
    this.show(snapshot.view);
    this.wiring.journey.giveBack(snapshot.journey);
    this.wiring.change.made({});
    await this.focusStartAgain(); // the undo button is gone
  }

  private onClearNotes = () => {
    this.wiring.journey.clearNotes();
    this.undo.end();
    void this.focusStartAgain();
  };

  private async focusStartAgain() {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLButtonElement>('button.start-again')?.focus();
  }
}
