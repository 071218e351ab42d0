import { html, nothing } from 'lit';
import { PortableElement } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { ROLES, STAGES, parseRole, parseStage, type Role, type Stage } from '../../model/index.js';
import { emitInternal, type StageInputDetail } from '../../events.js';
import { decisionStageStyles } from './decision-stage.styles.js';

/**
 * Step 1 of the journey (Ottawa Personal Decision Guide): where the person is in deciding, and
 * how they would like to decide. Both optional; a button clears them.
 *
 * Controlled: it shows `stage` and `decisionRole` and never changes them itself. Each choice fires
 * the internal `tc-stage-input` `{ stage?, role? }` (not composed); the root sets the new values.
 * @csspart decision-stage - the section
 * @tagname tc-decision-stage
 */
export class DecisionStage extends PortableElement {
  static override styles = decisionStageStyles;

  /** Where the person is in deciding. */
  @property() stage?: Stage;
  /** How the person would like to decide. */
  @property({ attribute: 'decision-role' }) decisionRole?: Role;
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  /** Reports the choice that would result; unknown values are left out. */
  private fire(stage: Stage | undefined, role: Role | undefined) {
    const detail: StageInputDetail = {};
    if (stage && STAGES.includes(stage)) detail.stage = stage;
    if (role && ROLES.includes(role)) detail.role = role;
    emitInternal(this, 'tc-stage-input', detail);
  }

  private clear() {
    this.fire(undefined, undefined);
    // The clear button goes away with the answers: keep focus in the group.
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
      ${group('stage', m.stageQuestion, STAGES, m.stages, this.stage, (v) => this.fire(v, this.decisionRole))}
      ${group('role', m.roleQuestion, ROLES, m.roles, this.decisionRole, (v) => this.fire(this.stage, v))}
      ${parseStage(this.stage) || parseRole(this.decisionRole) ? html`<button type="button" class="clear" @click=${() => this.clear()}>${m.clearAnswers}</button>` : nothing}
    </section>`;
  }
}
