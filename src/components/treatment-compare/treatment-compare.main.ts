/** The root's main layout: the comparison, the priorities and result, the journey and the evidence, from what the model derived. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import { fitNumber } from '../../i18n/words.js';
import { suggestedQuestions } from '../../i18n/plan-questions.js';
import { columnName } from '../option-grid/option-grid.js';
import type { LocalClinic } from '../../model/clinic.js';
import type { JourneyState } from '../../controllers/journey.js';
import type { Comparison } from '../../model/comparison.js';
import { localToday } from '../../model/dates.js';
import type { LocalDataset } from '../../model/schema.js';
import type { TextLangs } from '../../model/local-text.js';
import { renderSummary } from '../../print/print-summary.js';
import { renderClinic, renderConditionSelect, renderQuestion, renderTakeAway, type TakeAwayInput } from './treatment-compare.templates.js';
import { bidi } from '../../i18n/bidi-render.js';

export interface MainInput {
  data: LocalDataset;
  comparison: Comparison;
  clinic: LocalClinic | undefined;
  /** Every dataset and clinic text shown in another language (see `TextLangs`): for `bidi()`. */
  langs: TextLangs | undefined;
  clinicErrors: readonly string[];
  journey: JourneyState;
  takeAway: TakeAwayInput;
  onCondition: (id: string) => void;
  /** Printing with the evidence: the summary gets the compact grid and the sources after it. */
  printEvidence: boolean;
  /** The person chose to see the result with every priority equal (before moving a slider). */
  onShowEqual: () => void;
  /** A slider is being dragged (a chart of many segments shows totals meanwhile). */
  moving: boolean;
}

/** Patient mode's layout (counselor mode has its own: treatment-compare.counselor.ts). */
export function renderMain(input: MainInput, m: Messages) {
  const j = m.journey;
  const { data, comparison: c, langs } = input;
  const { view } = c;
  const { stage, sure, plan, moreChoices, about, summary } = renderSharedParts(input, m);
  return html`
      <div class="talk">
        <section class="grid-section">
          <h3 id="tc-grid-title">${m.gridTitle}</h3>
          ${renderConditionSelect(data, view.condition?.id ?? '', input.onCondition, m)}
          ${view.condition?.note ? html`<p class="condition-note">${bidi(view.condition.note, langs)}</p>` : nothing}
          ${
            c.setAside.length
              ? html`<ul class="set-aside" part="set-aside">
                ${c.setAside.map((o) => html`<li data-option=${o.id}><strong>${j.setAside}:</strong> ${bidi(j.setAsideNote(o.label), langs)}</li>`)}
              </ul>`
              : nothing
          }
          <tc-option-grid
            exportparts="grid, options-key, cell, more, cell-detail"
            .view=${view}
            .data=${data}
            .langs=${langs}
            .messages=${m}
          ></tc-option-grid>
        </section>
        ${renderClinic(input.clinic, input.clinicErrors, view.options, m)}
        <div class="weigh">
          <section class="priorities" part="priorities" id="tc-priorities" tabindex="-1">
            <h3 id="tc-sliders-title">${m.slidersTitle}</h3>
            ${renderSliders(input, m)}
            ${renderMiniResult(c, m, langs)}
            ${moreChoices}
          </section>
          <section class="results" part="results" id="tc-result" tabindex="-1">
            <h3 id="tc-chart-title">${m.chartTitle}</h3>
            ${renderResult(c, input, m)}
          </section>
        </div>
      </div>
      <details class="next-steps controls" part="next-steps">
        <summary>${j.nextStepsTitle}</summary>
        ${stage}${sure}${plan}
      </details>
      ${renderTakeAway(input.takeAway, m)}
      ${about} ${summary}
    `;
}

/**
 * The parts both layouts share and each places: the journey (where the person is in deciding,
 * SURE, the plan), "about this information", and the printed summary.
 */
export function renderSharedParts(input: MainInput, m: Messages) {
  const j = m.journey;
  const { data, comparison: c, journey: state } = input;
  // The options still compared (shown and not set aside): the suggested questions follow them.
  const inPlay = c.compared.options.map((o) => o.id);
  return {
    stage: html`<div class="journey-stage controls">
      <tc-decision-stage .stage=${state.stage} .decisionRole=${state.role} .messages=${j}></tc-decision-stage>
    </div>`,
    sure: html`<div class="journey-sure controls"><tc-sure-check .answers=${state.sure} .messages=${j}></tc-sure-check></div>`,
    plan: html`<div class="journey-plan controls">
      <tc-your-plan .questions=${state.questions} .notes=${state.notes} .optionIds=${inPlay} .messages=${j}></tc-your-plan>
    </div>`,
    // Ruling an option out and the person's own question: closed until used.
    moreChoices: html`<details class="more-choices controls" ?open=${state.setAside.length > 0 || state.concern !== undefined}>
      <summary>${j.moreChoicesTitle}</summary>
      <tc-deal-breakers .options=${c.view.options} .langs=${input.langs} .setAside=${state.setAside} .concern=${state.concern} .messages=${j}></tc-deal-breakers>
    </details>`,
    about: html`<div class="about">
      <tc-about-evidence exportparts="about, about-details, citations" .data=${data} .langs=${input.langs} .messages=${m}></tc-about-evidence>
    </div>`,
    summary: renderSummary(
      {
        data,
        comparison: c,
        stage: state.stage,
        role: state.role,
        sure: state.sure,
        questions: state.questions ?? suggestedQuestions(j, inPlay),
        notes: state.notes,
        today: localToday(),
        withEvidence: input.printEvidence,
      },
      m,
    ),
  };
}

/**
 * What counselor mode's layout places of the parts it shares with this one, rendered here: the
 * counselor file, loaded only for counselor mode, then carries none of their code.
 */
export function renderCounselorParts(input: MainInput, m: Messages) {
  const { data, comparison: c } = input;
  const { view } = c;
  return {
    ...renderSharedParts(input, m),
    result: renderResult(c, input, m),
    sliders: renderSliders(input, m, true),
    clinic: renderClinic(input.clinic, input.clinicErrors, view.options, m),
    conditionSelect: renderConditionSelect(data, view.condition?.id ?? '', input.onCondition, m),
    question: renderQuestion(data, m),
    takeAway: renderTakeAway(input.takeAway, m),
  };
}

export type CounselorParts = ReturnType<typeof renderCounselorParts>;

/** The priority sliders (compact: counselor mode's one screen). */
export function renderSliders({ comparison: c, langs }: MainInput, m: Messages, compact = false) {
  return html`<tc-priority-sliders
    exportparts="slider, slider-input, reset"
    .criteria=${c.compared.criteria}
    .weights=${c.weights}
    .langs=${langs}
    .messages=${m}
    ?compact=${compact}
  ></tc-priority-sliders>`;
}

/** The result: nothing named until priorities are given; then the chart and whether it could change. */
export function renderResult(c: Comparison, input: Pick<MainInput, 'onShowEqual' | 'langs' | 'moving'>, m: Messages) {
  const { onShowEqual, langs } = input;
  const { compared } = c;
  if (compared.options.length === 0) return html`<p class="all-set-aside">${m.journey.allSetAside}</p>`;
  if (c.waiting)
    return html`<div class="waiting" part="waiting">
      <p>${m.waiting}</p>
      <button type="button" class="show-equal" @click=${onShowEqual}>${m.showEqual}</button>
    </div>`;
  return html`<tc-fit-chart
      exportparts="chart, legend, table, chart-empty"
      .options=${compared.options}
      .criteria=${compared.criteria}
      .fit=${c.fit}
      .langs=${langs}
      .moving=${input.moving}
      .messages=${m}
    ></tc-fit-chart>
    ${
      c.fit.status === 'ok'
        ? html`<h4>${m.howSureTitle}</h4>
          <tc-how-sure
            exportparts="how-sure"
            .readout=${c.readout}
            .options=${compared.options}
            .criteria=${compared.criteria}
            .langs=${langs}
            .messages=${m}
            .atStart=${c.atStart}
          ></tc-how-sure>`
        : nothing
    }`;
}

/**
 * On a narrow container, a compact copy of the result that stays at the bottom of the screen while
 * the sliders move (hidden when wide, where the result sits beside the sliders). The chart and the
 * live region carry the same numbers for assistive technology, so this copy is hidden from it.
 */
function renderMiniResult(c: Comparison, m: Messages, langs?: TextLangs) {
  if (c.waiting || c.fit.status !== 'ok' || c.compared.options.length === 0) return nothing;
  return html`<div class="mini-result" part="mini-result" aria-hidden="true">
    <span class="mini-title">${m.miniTitle}</span>
    ${c.compared.options.map((o) => {
      const fit = fitNumber(c.fitById.get(o.id) ?? 0);
      return html`<span class="mini-name">${bidi(columnName(o), langs)}</span>
        <svg class="mini-bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false"><rect width=${fit} height="10"></rect></svg>
        <span class="mini-fit">${m.number(fit)}</span>`;
    })}
  </div>`;
}
