/**
 * Counselor mode's layout (#12): one screen a counselor and a patient look at together. A toolbar
 * (compare two options, print, start again), then the compact grid, the priorities and the result
 * side by side; the rest (options shown, ruling an option out, the clinic, the stage, SURE, the
 * plan, the evidence) follows below the first screen. Templates only: the root owns the state, and
 * renders the parts both layouts share (`parts`, from treatment-compare.main.ts); this file places them.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/en.js';
import { readoutSentences } from '../../i18n/readout.js';
import { fitNumber } from '../../i18n/words.js';
import type { Comparison } from '../../model/comparison.js';
import { localToday } from '../../model/dates.js';
import type { LocalDataset } from '../../model/schema.js';
import type { CounselorParts, MainInput } from './treatment-compare.main.js';
import { bidi } from '../../i18n/bidi-render.js';
import { isolate } from '../../i18n/bidi.js';
import { compactGridLayout } from '../option-grid/option-grid.compact.js';

/** What counselor mode shows of "start again": nothing, or the undo offer for a few seconds. */
export type StartAgainOffer = 'none' | 'undo';

export interface CounselorScreenInput {
  /** The two options to compare, in the order they were chosen ('' for none). */
  focus: readonly [string, string];
  /** Options hidden (below the first screen, "Options shown"). */
  hidden: readonly string[];
  onChip: (id: string) => void;
  onShowAll: () => void;
  onShow: (id: string, shown: boolean) => void;
  onStartAgain: () => void;
  offer: StartAgainOffer;
  /** Whether the notes or questions were kept by the last "start again" (so the offer can say so and offer to clear them). */
  keptNotes: boolean;
  onUndo: () => void;
  onClearNotes: () => void;
  /** Focus or pointer inside the undo offer: it stays while someone is about to use it. */
  onOfferHold: (held: boolean) => void;
}

export type CounselorMainInput = MainInput & { screen: CounselorScreenInput; parts: CounselorParts };

/** The header on the counselor's screen: the title and the not-advice line on one row; the question and the condition follow below the screen. */
export function renderCounselorDecision(data: LocalDataset, m: Messages) {
  const overdue = localToday() > data.meta.reviewBy;
  return html`<header part="decision" class="decision counselor-decision">
    <h2 id="tc-title">${bidi(data.meta.title, data.langs)}</h2>
    <p class="not-advice" part="not-advice">${m.notAdvice}</p>
    ${overdue ? html`<p class="warning" part="review-warning" role="note">${m.reviewPassed(m.date(data.meta.reviewBy))}</p>` : nothing}
  </header>`;
}

/** The toolbar: option chips (pressing two compares them), print, start again and its undo offer. */
function renderToolbar(input: CounselorMainInput, m: Messages) {
  const j = m.journey;
  const { data, screen, langs } = input;
  const chosen = screen.focus.filter(Boolean);
  const focusing = chosen.length === 2;
  const available = data.options.filter((o) => !screen.hidden.includes(o.id));
  const hint = focusing ? j.comparingTwo : chosen.length === 1 ? j.chooseOneMore : j.chooseTwo;
  return html`<div class="counselor-bar" part="counselor-controls">
    <div class="focus-chips" role="group" aria-labelledby="tc-chips-label" aria-describedby="tc-chips-hint">
      <span id="tc-chips-label" class="chips-label">${j.focusLabel}:</span>
      <button type="button" class="chip all-chip" aria-pressed=${chosen.length ? 'false' : 'true'} @click=${screen.onShowAll}>${j.allChip}</button>
      ${available.map(
        (o) => html`<button
          type="button"
          class="chip"
          data-option=${o.id}
          aria-pressed=${chosen.includes(o.id) ? 'true' : 'false'}
          @click=${() => screen.onChip(o.id)}
        >
          ${bidi(o.shortLabel ?? o.label, langs)}
        </button>`,
      )}
      <span id="tc-chips-hint" class=${chosen.length === 1 ? 'chips-hint' : 'chips-hint visually-hidden'} role="status">${hint}</span>
    </div>
    <div class="bar-actions">
      <button type="button" class="print" @click=${input.takeAway.onPrint}>${j.printShort}</button>
      <button type="button" class="start-again" @click=${screen.onStartAgain}>${j.resetAll}</button>
    </div>
    <div class="undo-status" role="status">
      ${
        screen.offer === 'undo'
          ? html`<div
              class="undo-offer"
              @focusin=${() => screen.onOfferHold(true)}
              @focusout=${() => screen.onOfferHold(false)}
              @pointerenter=${() => screen.onOfferHold(true)}
              @pointerleave=${() => screen.onOfferHold(false)}
            >
              <span>${screen.keptNotes ? j.startedAgainNotesKept : j.startedAgain}</span>
              <button type="button" class="undo" @click=${screen.onUndo}>${j.undo}</button>
              ${screen.keptNotes ? html`<button type="button" class="clear-notes" @click=${screen.onClearNotes}>${j.clearNotesToo}</button>` : nothing}
            </div>`
          : nothing
      }
    </div>
  </div>`;
}

/**
 * The result on the counselor's screen: before priorities, the waiting message and "Show with
 * equal priorities"; then one bar per option (dataset order, never sorted) with its number, and
 * the first sentence of "Could this change?". The stacked chart, its legend and the whole
 * readout follow below the screen ("How each question adds up").
 */
function renderCompactResult(c: Comparison, input: CounselorMainInput, m: Messages) {
  const { onShowEqual, langs, parts } = input;
  const { compared } = c;
  if (c.waiting)
    return html`<div class="waiting" part="waiting">
      <p>${m.journey.waitingCounselor}</p>
      <button type="button" class="show-equal" @click=${onShowEqual}>${m.showEqual}</button>
    </div>`;
  if (c.fit.status !== 'ok' || compared.options.length === 0) return parts.result;
  const lead = readoutSentences(c.readout, compared.options, compared.criteria, m, c.atStart)[0];
  return html`<table class="compact-result" part="compact-result" data-options=${compared.options.length}>
      <caption class="visually-hidden">${m.miniTitle}</caption>
      <colgroup>
        <col class="label-col" />
        <col span=${compared.options.length} />
      </colgroup>
      <tbody>
        <tr>
          <th scope="row">${m.journey.linesUpRow}</th>
          ${compared.options.map((o) => {
            const fit = fitNumber(c.fitById.get(o.id) ?? 0);
            return html`<td data-option=${o.id}>
              <span class="visually-hidden">${bidi(isolate(o.shortLabel ?? o.label), langs)}: ${m.chartOfHundred(fit)}</span>
              <span class="fit" aria-hidden="true">${m.number(fit)}</span>
              <svg class="fit-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="track" width="100" height="10"></rect><rect class="fill" width=${fit} height="10"></rect>
              </svg>
            </td>`;
          })}
        </tr>
      </tbody>
    </table>
    ${lead ? html`<p class="compact-readout">${bidi(lead, langs)}</p>` : nothing}`;
}

/** Counselor mode: the toolbar, then one screen of comparison, priorities and result, then the rest. */
export function renderCounselorMain(input: CounselorMainInput, m: Messages) {
  const j = m.journey;
  const { data, comparison: c, screen, langs, parts } = input;
  const { view, compared } = c;
  const { stage, sure, plan, moreChoices, about, summary } = parts;
  const shown = new Set(view.options.map((o) => o.id));
  const focusing = screen.focus.filter(Boolean).length === 2;
  return html`
    ${renderToolbar(input, m)}
    <div class="screen">
      <section class="grid-section">
        <h3 id="tc-grid-title" class="visually-hidden">${m.gridTitle}</h3>
        ${
          c.setAside.length
            ? html`<ul class="set-aside" part="set-aside">
              ${c.setAside.map((o) => html`<li data-option=${o.id}><strong>${j.setAside}:</strong> ${bidi(j.setAsideNote(o.label), langs)}</li>`)}
            </ul>`
            : nothing
        }
        <tc-option-grid compact exportparts="grid, cell, cell-popover" .compactLayout=${compactGridLayout} .view=${view} .data=${data} .langs=${langs} .messages=${m}></tc-option-grid>
        ${view.condition ? html`<p class="condition-now muted">${bidi(view.condition.label, langs)}</p>` : nothing}
      </section>
      <section class="priorities" part="priorities" id="tc-priorities" tabindex="-1">
        <h3 id="tc-sliders-title">${j.prioritiesTitle}</h3>
        ${parts.sliders}
      </section>
      <section class="results" part="results" id="tc-result" tabindex="-1">
        <h3 id="tc-chart-title" class="visually-hidden">${m.chartTitle}</h3>
        ${renderCompactResult(c, input, m)}
      </section>
    </div>
    <div class="after-screen">
      ${
        c.waiting || c.fit.status !== 'ok' || compared.options.length === 0
          ? nothing
          : html`<section class="full-result">
              <h3 id="tc-full-result-title">${j.howItAddsUp}</h3>
              ${parts.result}
            </section>`
      }
      <div class="decision-more">
        ${parts.question}
      </div>
      <div class="talk-more controls">
        ${parts.conditionSelect}
        ${view.condition?.note ? html`<p class="condition-note">${bidi(view.condition.note, langs)}</p>` : nothing}
        <fieldset class="show-options">
          <legend>${j.showOptions}</legend>
          ${data.options.map(
            (o) => html`<label class="choice">
              <input
                type="checkbox"
                data-option=${o.id}
                .checked=${live(shown.has(o.id) || (focusing && !screen.hidden.includes(o.id)))}
                ?disabled=${focusing || (shown.has(o.id) && shown.size === 1)}
                @change=${(e: Event) => screen.onShow(o.id, (e.target as HTMLInputElement).checked)}
              />${bidi(o.label, langs)}
            </label>`,
          )}
        </fieldset>
        ${moreChoices}
      </div>
      ${parts.clinic}
      ${stage}${sure}${plan}
      ${parts.takeAway}
      ${about}
    </div>
    ${summary}
  `;
}
