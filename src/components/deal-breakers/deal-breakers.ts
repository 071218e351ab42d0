import { html, nothing, type PropertyValues } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { emitInternal, type DealBreakersInputDetail, type OwnConcern } from '../../events.js';
import { dealBreakersStyles } from './deal-breakers.styles.js';
import { bidi } from '../../i18n/bidi-render.js';

export const MAX_CONCERN_CHARS = 80;

/** An option as this part needs it: its id and its label in the language shown. */
export interface OptionLabel {
  id: string;
  label: string;
}

/**
 * Step 3 additions: "not an option for me" per option (a deal-breaker, in plain words: the option
 * stays visible, marked, and leaves the comparison), and "add your own concern": a criterion the person names and rates
 * each option on, 1-5, kept only in the page. Fires `deal-breakers-change`.
 *
 * Controlled: fires the internal `tc-deal-breakers-input` `{ setAside, concern? }` (never composed: the concern's name is free text).
 * @csspart deal-breakers - the section
 * @tagname tc-deal-breakers
 */
export class DealBreakers extends TextPart {
  static override styles = dealBreakersStyles;

  /** The options, in the dataset's order. */
  @property({ attribute: false }) options: readonly OptionLabel[] = [];
  /** Ids of the options set aside. */
  @property({ attribute: false }) setAside: readonly string[] = [];
  /** The person's own concern, if any. */
  @property({ attribute: false }) concern?: OwnConcern;
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  /** Something to focus once the root has passed the new state back (see `updated`). */
  private focusSelector?: string;

  /** Reports the options set aside and the concern as they would now be (controlled: the root sets them back). */
  private fire(setAside: readonly string[], concern: OwnConcern | undefined) {
    const detail: DealBreakersInputDetail = { setAside: [...setAside] };
    if (concern) detail.concern = { label: concern.label, ratings: { ...concern.ratings } };
    emitInternal(this, 'tc-deal-breakers-input', detail);
  }

  private toggle(id: string, on: boolean) {
    const set = new Set(this.setAside);
    if (on) set.add(id);
    else set.delete(id);
    this.fire(
      this.options.map((o) => o.id).filter((known) => set.has(known)),
      this.concern,
    );
  }

  private setConcern(concern: OwnConcern | undefined) {
    this.fire(this.setAside, concern);
  }

  protected override updated(changed: PropertyValues<this>) {
    // Only once the new state has come back: an unrelated update must not move focus.
    if (!this.focusSelector || !(changed.has('setAside') || changed.has('concern'))) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
    this.focusSelector = undefined;
  }

  private rate(optionId: string, value: string) {
    const ratings = { ...(this.concern?.ratings ?? {}) };
    const score = Number(value);
    if (Number.isInteger(score) && score >= 1 && score <= 5) ratings[optionId] = score;
    else delete ratings[optionId];
    this.setConcern({ label: this.concern?.label ?? '', ratings });
  }

  private removeConcern() {
    this.focusSelector = 'button.add-concern';
    this.setConcern(undefined);
  }

  private addConcern() {
    this.focusSelector = '#concern-name';
    this.setConcern({ label: '', ratings: {} });
  }

  private renderConcern() {
    const m = this.messages;
    if (!this.concern) {
      return html`<button type="button" class="add-concern" @click=${() => this.addConcern()}>${m.ownConcernAdd}</button>`;
    }
    const concern = this.concern;
    return html`<div class="concern-name">
        <label for="concern-name">${m.ownConcernName}</label>
        <input
          id="concern-name"
          type="text"
          maxlength=${MAX_CONCERN_CHARS}
          .value=${live(concern.label)}
          @input=${(e: Event) => this.setConcern({ label: (e.target as HTMLInputElement).value.slice(0, MAX_CONCERN_CHARS), ratings: { ...concern.ratings } })}
        />
      </div>
      ${this.options.map(
        (option) => html`<div class="rating">
          <label for=${`rate-${option.id}`}>${bidi(m.ownConcernRating(option.label), this.langs)}</label>
          <select id=${`rate-${option.id}`} data-option=${option.id} @change=${(e: Event) => this.rate(option.id, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!concern.ratings[option.id]}>${m.ownConcernNotRated}</option>
            ${[1, 2, 3, 4, 5].map((score) => html`<option value=${score} ?selected=${concern.ratings[option.id] === score}>${score}</option>`)}
          </select>
        </div>`,
      )}
      <button type="button" class="remove-concern" @click=${() => this.removeConcern()}>${m.ownConcernRemove}</button>`;
  }

  override render() {
    const m = this.messages;
    const aside = new Set(this.setAside);
    return html`<section part="deal-breakers">
      <h3 id="deal-title">${m.dealBreakersTitle}</h3>
      <p>${m.dealBreakersIntro}</p>
      <fieldset>
        <legend class="visually-hidden">${m.dealBreakersTitle}</legend>
        <div class="choices stacked">
          ${this.options.map(
            (option) => html`<label class="choice">
              <input
                type="checkbox"
                data-option=${option.id}
                .checked=${live(aside.has(option.id))}
                @change=${(e: Event) => this.toggle(option.id, (e.target as HTMLInputElement).checked)}
              />${bidi(m.dealBreaker(option.label), this.langs)}
            </label>`,
          )}
        </div>
      </fieldset>
      ${this.options.length > 0 && this.options.every((o) => aside.has(o.id)) ? html`<p role="status">${m.allSetAside}</p>` : nothing}
      <h3 id="concern-title">${m.ownConcernTitle}</h3>
      <p>${m.ownConcernIntro}</p>
      ${this.renderConcern()}
    </section>`;
  }
}
