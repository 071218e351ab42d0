import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { SURE_ITEMS, scoreSure, type SureAnswers, type SureItem } from '../../model/journey.js';
import { shared, tokens } from '../../styles/tokens.js';
import { emit } from '../base.js';
import type { SureChangeDetail } from '../journey-events.js';

/** Shared look of the journey's radio groups (also used by tc-decision-stage). */
export const choiceStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_gap);
    padding: 0.5em 1em 0.75em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .choices.stacked {
    flex-direction: column;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  label.choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
`;

/**
 * The SURE test (Légaré et al. 2010): four yes/no questions. When all four are answered and fewer
 * than four are "yes", a gentle note says talking it through may help, with what to do next for
 * each "no". Never a verdict. Fires `sure-change` on every answer.
 *
 * @fires {SureChangeDetail} sure-change - detail: the answers and the SURE score
 * @csspart sure-check - the section
 * @csspart sure-note - the note shown when fewer than four answers are "yes"
 * @tagname tc-sure-check
 */
export class SureCheck extends LitElement {
  static override styles = [
    tokens,
    shared,
    choiceStyles,
    css`
      .note {
        border-inline-start: 4px solid var(--_accent);
        padding: 0.25em 0 0.25em 0.9em;
      }
      .note ul {
        margin: 0.25em 0 0;
        padding-inline-start: 1.25em;
      }
      @media (forced-colors: active) {
        .note {
          border-inline-start-color: CanvasText;
        }
      }
    `,
  ];

  /** The answers so far (set by the root when a state is restored; updated on each answer). */
  @property({ attribute: false }) answers: SureAnswers = {};
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  private answer(item: SureItem, value: boolean) {
    this.answers = { ...this.answers, [item]: value };
    emit<SureChangeDetail>(this, 'sure-change', { answers: { ...this.answers }, ...scoreSure(this.answers) });
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
