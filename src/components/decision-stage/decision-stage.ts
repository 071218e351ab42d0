import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { ROLES, STAGES, type Role, type Stage } from '../../model/journey.js';
import { shared, tokens } from '../../styles/tokens.js';
import { emit } from '../base.js';
import type { StageChangeDetail } from '../journey-events.js';
import { choiceStyles } from '../sure-check/sure-check.js';

/**
 * Step 1 of the journey (Ottawa Personal Decision Guide): where the person is in deciding, and
 * how they would like to decide. Both optional; a button clears them. Fires `stage-change`.
 *
 * @fires {StageChangeDetail} stage-change - detail: the stage and role chosen (either may be absent)
 * @csspart decision-stage - the section
 * @tagname tc-decision-stage
 */
export class DecisionStage extends LitElement {
  static override styles = [
    tokens,
    shared,
    choiceStyles,
    css`
    `,
  ];

  /** Where the person is in deciding. */
  @property() stage?: Stage;
  /** How the person would like to decide. */
  @property({ attribute: 'decision-role' }) decisionRole?: Role;
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  private fire() {
    const detail: StageChangeDetail = {};
    if (this.stage && STAGES.includes(this.stage)) detail.stage = this.stage;
    if (this.decisionRole && ROLES.includes(this.decisionRole)) detail.role = this.decisionRole;
    emit<StageChangeDetail>(this, 'stage-change', detail);
  }

  private async clear() {
    this.stage = undefined;
    this.decisionRole = undefined;
    this.fire();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  override render() {
    const m = this.messages;
    const group = <T extends string>(
      name: string,
      legend: string,
      values: readonly T[],
      words: Record<T, string>,
      current: T | undefined,
      set: (v: T) => void,
    ) =>
      html`<fieldset data-group=${name}>
        <legend>${legend}</legend>
        <div class="choices stacked">
          ${values.map(
            (value) => html`<label class="choice">
              <input type="radio" name=${name} value=${value} .checked=${live(current === value)} @change=${() => set(value)} />${words[value]}
            </label>`,
          )}
        </div>
      </fieldset>`;
    return html`<section part="decision-stage">
      <h3 id="stage-title">${m.stageTitle}</h3>
      <p>${m.stageIntro}</p>
      ${group('stage', m.stageQuestion, STAGES, m.stages, this.stage, (v) => {
        this.stage = v;
        this.fire();
      })}
      ${group('role', m.roleQuestion, ROLES, m.roles, this.decisionRole, (v) => {
        this.decisionRole = v;
        this.fire();
      })}
      ${this.stage || this.decisionRole ? html`<button type="button" class="clear" @click=${() => this.clear()}>${m.clearAnswers}</button>` : nothing}
    </section>`;
  }
}
