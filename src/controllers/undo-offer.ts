/**
 * An offer to undo, for a while: counselor mode's "start again" keeps what it cleared and offers
 * it back for {@link UNDO_OFFER_MS}, longer while someone is using the offer (it has focus or the
 * pointer), so it never vanishes under a hand or a screen reader. Silenced on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the offer stays while no one is using it, in milliseconds. */
export const UNDO_OFFER_MS = 10_000;

export class UndoOfferController<T> implements ReactiveController {
  private kept?: T;
  private timer?: ReturnType<typeof setTimeout>;
  private held = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the offer is showing. */
  get open(): boolean {
    return this.kept !== undefined;
  }

  /** Shows the offer, keeping `what` to give back. */
  offer(what: T) {
    this.kept = what;
    this.held = false;
    this.arm();
    this.host.requestUpdate();
  }

  /** Ends the offer and gives back what it kept (undefined when it had ended). */
  take(): T | undefined {
    const kept = this.kept;
    this.end();
    return kept;
  }

  /** Ends the offer without giving anything back. */
  end() {
    clearTimeout(this.timer);
    this.kept = undefined;
    this.held = false;
    this.host.requestUpdate();
  }

  /** Someone is using the offer (focus or pointer inside it), or stopped: the time starts again. */
  hold = (held: boolean) => {
    this.held = held;
    if (!held && this.open) this.arm();
  };

  private arm() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.held) this.end();
    }, UNDO_OFFER_MS);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
