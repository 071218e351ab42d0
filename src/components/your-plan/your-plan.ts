import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';
import { emit } from '../base.js';
import type { PlanChangeDetail } from '../journey-events.js';

/** At most this many questions, each at most this long (the plan is kept in the page only). */
export const MAX_QUESTIONS = 30;
export const MAX_QUESTION_CHARS = 500;
export const MAX_NOTES_CHARS = 5000;

/**
 * Step 6 of the journey: questions to ask the provider (prefilled from the messages, editable:
 * add, edit, remove) and free-text notes. Kept in memory only: never stored, never put in a link.
 * Fires `plan-change` on every edit.
 *
 * @fires {PlanChangeDetail} plan-change - detail: the questions and notes
 * @csspart your-plan - the section
 * @tagname tc-your-plan
 */
export class YourPlan extends LitElement {
  static override styles = [
    tokens,
    shared,
    fieldStyles,
    css`
      ol {
        padding-inline-start: 0;
        list-style: none;
        margin: 0 0 0.75em;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        margin-bottom: 0.5em;
      }
      li label {
        flex: 0 0 auto;
        font-weight: 600;
      }
      li input {
        flex: 1 1 16rem;
        min-width: 0;
      }
      textarea {
        display: block;
        width: 100%;
        min-height: 6em;
        resize: vertical;
      }
      .notes label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25em;
      }
      @media (forced-colors: active) {
        input,
        textarea {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** The questions; undefined until set or edited: the messages' suggested questions are shown. */
  @property({ attribute: false }) questions?: string[];
  /** The notes. */
  @property({ attribute: false }) notes = '';
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  /** The questions shown: the ones set or edited, else the suggested ones in the current language. */
  get currentQuestions(): string[] {
    return this.questions ? [...this.questions] : [...this.messages.defaultQuestions];
  }

  private change(questions: string[], notes = this.notes) {
    this.questions = questions.slice(0, MAX_QUESTIONS).map((q) => q.slice(0, MAX_QUESTION_CHARS));
    this.notes = notes.slice(0, MAX_NOTES_CHARS);
    emit<PlanChangeDetail>(this, 'plan-change', { questions: [...this.questions], notes: this.notes });
  }

  private edit(index: number, value: string) {
    const questions = this.currentQuestions;
    questions[index] = value;
    this.change(questions);
  }

  private async add() {
    const questions = this.currentQuestions;
    if (questions.length >= MAX_QUESTIONS) return;
    this.change([...questions, '']);
    await this.focusRow(questions.length);
  }

  private async removeQuestion(index: number) {
    const questions = this.currentQuestions;
    questions.splice(index, 1);
    this.change(questions);
    await this.focusRow(Math.min(index, questions.length - 1));
  }

  /** Moves focus to a row's text field, or to the add button when there is no row. */
  private async focusRow(index: number) {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`input[data-index="${index}"]`);
    (input ?? this.renderRoot.querySelector<HTMLButtonElement>('button.add'))?.focus();
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
            <input
              id=${`q-${index}`}
              data-index=${index}
              type="text"
              maxlength=${MAX_QUESTION_CHARS}
              .value=${live(question)}
              @input=${(e: Event) => this.edit(index, (e.target as HTMLInputElement).value)}
            />
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
