/**
 * The live region's text: said once the person has stopped changing things for a moment, so a
 * screen reader is not flooded while a slider moves. Cleared when the language changes (never a
 * sentence left in the old language) and silenced on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Default quiet time before the live region speaks, in milliseconds. */
export const DEFAULT_ANNOUNCE_DELAY = 1_000;

export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;
  private language?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay: () => unknown,
    /** The language shown (compared by identity). */
    private readonly languageShown: () => unknown,
  ) {
    host.addController(this);
  }

  /** Before each render: never a sentence in the old language. */
  hostUpdate() {
    const language = this.languageShown();
    if (this.language && this.language !== language) this.clear();
    this.language = language;
  }

  /** Says `describe()` after the quiet time; a newer call replaces an older one. */
  schedule(describe: () => string) {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.text = describe();
        this.host.requestUpdate();
      },
      Math.max(0, Number(this.delay()) || 0),
    );
  }

  clear() {
    clearTimeout(this.timer);
    this.text = '';
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }
}
