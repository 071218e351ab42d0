import { html, nothing } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { bidi } from '../../i18n/bidi-render.js';
import { live } from 'lit/directives/live.js';
import { englishMessages, type Messages } from '../../i18n/index.js';
import { DEFAULT_WEIGHT, MAX_WEIGHT, MIN_WEIGHT, type LocalCriterion, type Weights } from '../../model/index.js';
import { emitInternal } from '../../events.js';
import { prioritySlidersStyles } from './priority-sliders.styles.js';
import { SwipeGuard } from './swipe-guard.js';

/** How far PageUp / PageDown move a slider (the arrows move it by 1). */
export const PAGE_STEP = 2;

/**
 * One native range slider per criterion, labelled with the patient's question, 0-10.
 * Native `<input type="range">` gives the WAI-ARIA slider keyboard (arrows, Home, End); PageUp and
 * PageDown move by {@link PAGE_STEP}. The value is also given in words (`aria-valuetext`).
 * A touch that turns into a vertical swipe scrolls the page and leaves the value as it was
 * ({@link SwipeGuard}).
 *
 * Reports user input only, never computes anything:
 * - `tc-weight-input` (internal, not composed) `{ criterionId, value, committed }`: on every
 *   `input` (committed: false) and on `change` (committed: true, once per finished gesture).
 * - `tc-weights-reset` (internal): the reset button was pressed.
 *
 * @csspart slider - one slider row (label, range input, value in words)
 * @csspart slider-input - the range input
 * @csspart reset - the reset button
 * @tagname tc-priority-sliders
 */
export class PrioritySliders extends TextPart {
  static override styles = prioritySlidersStyles;

  /** The criteria, in dataset order. */
  @property({ attribute: false }) criteria: readonly LocalCriterion[] = [];

  /**
   * Compact (counselor mode's one screen): no how-to line and no end labels (the value in words
   * says where each slider is), and the question beside its slider where there is room.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The current slider values (0-10) by criterion id. */
  @property({ attribute: false }) weights: Weights = {};

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  private readonly guard = new SwipeGuard((input, committed) => this.report(input, committed));

  override render() {
    const m = this.messages;
    const touch = this.guard.listeners;
    return html`
      ${this.compact ? nothing : html`<p class="muted">${m.slidersIntro}</p>`}
      <ul class="list" role="list">
        ${this.criteria.map((criterion) => {
          const value = this.weights[criterion.id] ?? DEFAULT_WEIGHT;
          const words = m.sliderValue(value);
          return html`<li class="slider" part="slider">
            <div class="head">
              <label for="w-${criterion.id}">${bidi(criterion.question, this.langs)}</label>
              <span class="value" aria-hidden="true">${words}</span>
            </div>
            <input
              id="w-${criterion.id}"
              part="slider-input"
              type="range"
              min=${MIN_WEIGHT}
              max=${MAX_WEIGHT}
              step="1"
              data-criterion=${criterion.id}
              .value=${live(String(value))}
              aria-valuetext=${words}
              @input=${this.onInput}
              @change=${this.onChange}
              @keydown=${this.onKeydown}
              @touchstart=${touch.touchstart}
              @touchmove=${touch.touchmove}
              @touchend=${touch.touchend}
              @touchcancel=${touch.touchcancel}
            />
            ${this.compact ? nothing : html`<div class="ends muted" aria-hidden="true"><span>${m.sliderLow}</span><span>${m.sliderHigh}</span></div>`}
          </li>`;
        })}
      </ul>
      <button type="button" part="reset" @click=${this.onReset}>${m.reset}</button>
    `;
  }

  private report(input: HTMLInputElement, committed: boolean) {
    const criterionId = input.dataset.criterion ?? '';
    emitInternal(this, 'tc-weight-input', { criterionId, value: Number(input.value), committed });
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (this.guard.allows(input)) this.report(input, false);
  };

  private onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (this.guard.allows(input)) this.report(input, true);
  };

  /** PageUp / PageDown move by a larger step (Chromium's native range moves them by 1). */
  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    const input = event.target as HTMLInputElement;
    const before = Number(input.value);
    const after = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, before + (event.key === 'PageUp' ? PAGE_STEP : -PAGE_STEP)));
    event.preventDefault();
    if (after === before) return;
    input.value = String(after);
    this.report(input, false);
    this.report(input, true);
  };

  private onReset = () => emitInternal(this, 'tc-weights-reset', {});
}
