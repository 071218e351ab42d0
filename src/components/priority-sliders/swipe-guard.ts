/**
 * Keeps a vertical swipe that starts on a range slider from changing it.
 *
 * Chromium moves a range input's thumb to the finger on `touchstart`, before it knows whether the
 * finger will slide sideways (set the value) or up and down (scroll the page). Its own
 * `touch-action: pan-y` then lets the page scroll, but the value has already jumped (5 went to 2
 * on a swipe that started a quarter of the way along the track). So the value a touch sets is held
 * back until the finger's first clear movement says which it is:
 * - sideways: a drag; the value is reported and follows the finger as usual;
 * - up or down: a scroll; the value goes back to what it was and nothing is reported;
 * - no movement before the finger lifts: a tap; the value where it was tapped is reported.
 * Mouse, pen and keyboard never start a touch, so they are never held.
 */

/** How far (CSS px) a finger moves before its direction counts. */
export const DIRECTION_SLOP = 6;

type Gesture = 'undecided' | 'slide' | 'scroll';

interface Touching {
  input: HTMLInputElement;
  /** The value before the touch: put back when the touch turns out to be a scroll. */
  value: string;
  x: number;
  y: number;
  gesture: Gesture;
}

export class SwipeGuard {
  private touching?: Touching;

  /**
   * @param report - called with the input and whether the gesture is finished, when a held value
   *   becomes the person's choice (a sideways drag, or a tap).
   */
  constructor(private readonly report: (input: HTMLInputElement, committed: boolean) => void) {}

  /** Passive listeners (they never block scrolling) for the range input's touch events. */
  readonly listeners = {
    touchstart: { passive: true, handleEvent: (event: TouchEvent) => this.start(event) },
    touchmove: { passive: true, handleEvent: (event: TouchEvent) => this.move(event) },
    touchend: { passive: true, handleEvent: (event: TouchEvent) => this.end(event) },
    touchcancel: { passive: true, handleEvent: (event: TouchEvent) => this.end(event) },
  };

  /** Whether an `input` or `change` event of this input may be reported now. */
  allows(input: HTMLInputElement): boolean {
    const touching = this.touching;
    if (!touching || touching.input !== input) return true;
    if (touching.gesture === 'scroll') input.value = touching.value;
    return touching.gesture === 'slide';
  }

  private start(event: TouchEvent) {
    const input = event.currentTarget as HTMLInputElement;
    const touch = event.touches[0];
    if (!touch || event.touches.length > 1) {
      // A second finger: a pinch or a scroll, never a slider move.
      if (this.touching) this.decide('scroll');
      return;
    }
    // Chromium dispatches touchstart before it moves the thumb, so this is the value before the touch.
    this.touching = { input, value: input.value, x: touch.clientX, y: touch.clientY, gesture: 'undecided' };
  }

  private move(event: TouchEvent) {
    const touching = this.touching;
    const touch = event.touches[0];
    if (!touching || touching.gesture !== 'undecided' || !touch) return;
    const dx = Math.abs(touch.clientX - touching.x);
    const dy = Math.abs(touch.clientY - touching.y);
    if (Math.max(dx, dy) < DIRECTION_SLOP) return;
    this.decide(dx >= dy ? 'slide' : 'scroll');
  }

  private decide(gesture: Gesture) {
    const touching = this.touching;
    if (!touching) return;
    touching.gesture = gesture;
    if (gesture === 'scroll') touching.input.value = touching.value;
    else if (touching.input.value !== touching.value) this.report(touching.input, false);
  }

  private end(event: TouchEvent) {
    const touching = this.touching;
    if (!touching || event.touches.length > 0) return;
    this.touching = undefined;
    if (touching.gesture === 'scroll') {
      touching.input.value = touching.value;
      return;
    }
    // A tap (or a drag) ends: Chromium fires `change` right after touchend, which now reports it.
    if (touching.gesture === 'undecided' && touching.input.value !== touching.value) this.report(touching.input, false);
  }
}
