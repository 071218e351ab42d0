import { html, type PropertyValues } from 'lit';
import { PortableElement } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { suggestedQuestions } from '../../i18n/plan-questions.js';
import { emitInternal } from '../../events.js';
import { yourPlanStyles } from './your-plan.styles.js';

/** At most this many questions, each at most this long (the plan is kept in the page only). */
export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_CHARS = 500;
export const MAX_NOTES_CHARS = 5000;

/**
 * Step 6 of the journey: questions to ask the provider (prefilled with suggestions that follow the
 * options compared, editable: add, edit, remove) and free-text notes. Each question is a text area
 * that grows with its text, so a long question is never cut off on a phone. Kept in memory only: never stored, never put in a link.
 * Fires `plan-change` on every edit.
 *
 * Controlled: fires the internal `tc-plan-input` `{ questions, notes }` (never composed: free text stays in the widget).
 * @csspart your-plan - the section
 * @tagname tc-your-plan
 */
export class YourPlan extends PortableElement {
  static override styles = yourPlanStyles;

  /** The questions; undefined until set or edited: the suggested questions are shown. */
  @property({ attribute: false }) questions?: string[];
  /**
   * Ids of the options still compared (shown and not set aside): the suggestions follow them
   * (see `suggestedQuestions`). Undefined: every option's suggestions.
   */
  @property({ attribute: false }) optionIds?: readonly string[];
  /** The notes. */
  @property({ attribute: false }) notes = '';
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  /** The questions shown: the ones set or edited, else the ones suggested for the options compared, in the current language. */
  get currentQuestions(): string[] {
    return this.questions ? [...this.questions] : suggestedQuestions(this.messages, this.optionIds);
  }

  /** A row to focus once the root has passed the new questions back (see `updated`). */
  private focusIndex?: number;

  /** Reports the questions and notes as now typed (controlled: the root sets them back). */
  private change(questions: string[], notes = this.notes) {
    emitInternal(this, 'tc-plan-input', {
      questions: questions.slice(0, MAX_QUESTIONS).map((q) => q.slice(0, MAX_QUESTION_CHARS)),
      notes: notes.slice(0, MAX_NOTES_CHARS),
    });
  }

  private edit(index: number, value: string) {
    const questions = this.currentQuestions;
    questions[index] = value;
    this.change(questions);
  }

  private add() {
    const questions = this.currentQuestions;
    if (questions.length >= MAX_QUESTIONS) return;
    this.focusIndex = questions.length;
    this.change([...questions, '']);
  }

  private removeQuestion(index: number) {
    const questions = this.currentQuestions;
    questions.splice(index, 1);
    this.focusIndex = Math.min(index, questions.length - 1);
    this.change(questions);
  }

  /** After an add or a remove, focus the row's text field, or the add button when no row is left. */
  protected override updated(changed: PropertyValues<this>) {
    // Only once the new questions have come back: an unrelated update must not move focus.
    if (this.focusIndex === undefined || !changed.has('questions')) return;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[data-index="${this.focusIndex}"]`);
    (field ?? this.renderRoot.querySelector<HTMLButtonElement>('button.add'))?.focus();
    this.focusIndex = undefined;
  }

  override render() {
    const m = this.messages;
    const questions = this.currentQuestions;
    return html`<section part="your-plan">
      <h3 id="plan-title">${m.planTitle}</h3>
      <h4 id="questions-title">${m.questionsTitle}</h4>
      <p class="muted">${m.questionsIntro}</p>
      <ol aria-labelledby="questions-title">
        ${questions.map(
          (question, index) => html`<li>
            <label for=${`q-${index}`}>${m.questionLabel(index + 1)}</label>
            <textarea
              id=${`q-${index}`}
              class="question"
              data-index=${index}
              rows="2"
              maxlength=${MAX_QUESTION_CHARS}
              .value=${live(question)}
              @input=${(e: Event) => this.edit(index, (e.target as HTMLTextAreaElement).value)}
            ></textarea>
            <button type="button" class="remove" aria-label=${m.removeQuestion(index + 1)} @click=${() => this.removeQuestion(index)}>${m.remove}</button>
          </li>`,
        )}
      </ol>
      <button type="button" class="add" ?disabled=${questions.length >= MAX_QUESTIONS} @click=${() => this.add()}>${m.addQuestion}</button>
      <div class="notes">
        <label for="notes">${m.notesLabel}</label>
        <p class="muted" id="notes-hint">${m.notesHint}</p>
        <textarea
          id="notes"
          aria-describedby="notes-hint"
          maxlength=${MAX_NOTES_CHARS}
          .value=${live(this.notes)}
          @input=${(e: Event) => this.change(this.currentQuestions, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
    </section>`;
  }
}
