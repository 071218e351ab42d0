import { html, nothing, type PropertyValues } from 'lit';
import { PortableElement } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { SURE_ITEMS, scoreSure, type SureAnswers, type SureItem } from '../../model/index.js';
import { emitInternal } from '../../events.js';
import { sureCheckStyles } from './sure-check.styles.js';

/**
 * The SURE test (Légaré et al. 2010): four yes/no questions. When all four are answered and fewer
 * than four are "yes", a gentle note says talking it through may help, with what to do next for
 * each "no". Never a verdict. Fires `sure-change` on every answer.
 *
 * Controlled: fires the internal `tc-sure-input` `{ answers }`; the root fires the public `sure-change`.
 * @csspart sure-check - the section
 * @csspart sure-note - the note shown when fewer than four answers are "yes"
 * @tagname tc-sure-check
 */
export class SureCheck extends PortableElement {
  static override styles = sureCheckStyles;

  /** The answers so far. Controlled: the element reports each answer (`tc-sure-input`) and the root sets this. */
  @property({ attribute: false }) answers: SureAnswers = {};
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  /**
   * The answers last reported, until the root passes answers back. A quick next answer builds on
   * them: the root's render can wait its turn (render-queue.ts), and building on the props it had
   * not yet updated dropped the answer before (a "no" came back as the earlier "yes").
   */
  private reported?: SureAnswers;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('answers')) this.reported = undefined;
  }

  private answer(item: SureItem, value: boolean) {
    this.reported = { ...(this.reported ?? this.answers), [item]: value };
    emitInternal(this, 'tc-sure-input', { answers: { ...this.reported } });
  }

  private renderNote() {
    const m = this.messages;
    const result = scoreSure(this.answers);
    if (result.answered < SURE_ITEMS.length) return nothing;
    if (!result.mayHelpToTalk) return html`<p class="note" part="sure-note">${m.sureAllYes}</p>`;
    const no = SURE_ITEMS.filter((item) => this.answers[item] === false);
    return html`<div class="note" part="sure-note">
      <p>${m.sureNote}</p>
      <p>${m.sureNextTitle}</p>
      <ul>
        ${no.map((item) => html`<li data-item=${item}>${m.sureNext[item]}</li>`)}
      </ul>
    </div>`;
  }

  override render() {
    const m = this.messages;
    return html`<section part="sure-check">
      <h3 id="sure-title">${m.sureTitle}</h3>
      <p>${m.sureIntro}</p>
      ${SURE_ITEMS.map(
        (item) => html`<fieldset data-item=${item}>
          <legend>${m.sureQuestions[item]}</legend>
          <div class="choices">
            ${([true, false] as const).map(
              (value) => html`<label class="choice">
                <input
                  type="radio"
                  name=${`sure-${item}`}
                  value=${value ? 'yes' : 'no'}
                  .checked=${live(this.answers[item] === value)}
                  @change=${() => this.answer(item, value)}
                />${value ? m.yes : m.no}
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
      <div aria-live="polite">${this.renderNote()}</div>
    </section>`;
  }
}
