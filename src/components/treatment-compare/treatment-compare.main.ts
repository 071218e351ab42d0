/** The root's main layout: the comparison, the priorities and result, the journey and the evidence, from what the model derived. */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { LocalClinic } from '../../model/clinic.js';
import { clinicHasFacts } from '../../model/clinic-facts.js';
import type { Comparison } from '../../model/comparison.js';
import type { OwnConcern } from '../../model/concern.js';
import { localToday } from '../../model/dates.js';
import type { LocalDataset } from '../../model/schema.js';
import type { Role, Stage } from '../../model/stage.js';
import type { SureAnswers } from '../../model/sure.js';
import { renderSummary } from '../../print/print-summary.js';
import {
  renderClinicErrors,
  renderConditionSelect,
  renderCounselorControls,
  renderTakeAway,
  type CounselorInput,
  type TakeAwayInput,
} from './treatment-compare.templates.js';

/** The person's answers in the decision journey (kept in the page; see `persist` for what a link holds). */
export interface JourneyState {
  stage?: Stage;
  role?: Role;
  sure: SureAnswers;
  setAside: readonly string[];
  concern?: OwnConcern;
  questions?: string[];
  notes: string;
}

export const NEW_JOURNEY: JourneyState = { sure: {}, setAside: [], notes: '' };

export interface MainInput {
  data: LocalDataset;
  comparison: Comparison;
  clinic: LocalClinic | undefined;
  clinicErrors: readonly string[];
  counselor: boolean;
  journey: JourneyState;
  takeAway: TakeAwayInput;
  counselorControls: Omit<CounselorInput, 'data' | 'shown'>;
  onCondition: (id: string) => void;
}

export function renderMain(input: MainInput, m: Messages) {
  const j = m.journey;
  const { data, comparison: c, counselor, journey: state } = input;
  const { view, compared } = c;
  const stage = html`<div class="journey-stage controls">
      <tc-decision-stage .stage=${state.stage} .decisionRole=${state.role} .messages=${j}></tc-decision-stage>
    </div>`;
  const clinic = input.clinic;
  return html`
      ${renderTakeAway(input.takeAway, m)}
      ${counselor ? renderCounselorControls({ data, shown: new Set(view.options.map((o) => o.id)), ...input.counselorControls }, m) : stage}
      <div class="talk">
        <section class="grid-section">
          <h3 id="tc-grid-title">${m.gridTitle}</h3>
          ${renderConditionSelect(data, view.condition?.id ?? '', input.onCondition, m)}
          ${view.condition?.note ? html`<p class="condition-note">${view.condition.note}</p>` : nothing}
          ${
            c.setAside.length
              ? html`<ul class="set-aside" part="set-aside">
                ${c.setAside.map((o) => html`<li data-option=${o.id}><strong>${j.setAside}:</strong> ${j.setAsideNote(o.label)}</li>`)}
              </ul>`
              : nothing
          }
          <tc-option-grid exportparts="grid, cards, option-card, cell, cell-detail" .view=${view} .data=${data} .messages=${m}></tc-option-grid>
        </section>
        ${
          input.clinicErrors.length
            ? renderClinicErrors(input.clinicErrors, m)
            : clinic && clinicHasFacts(clinic, view.options)
              ? html`<section class="clinic" part="clinic" data-clinic>
                <h3 id="tc-clinic-title">${m.clinicTitle(clinic.name)}</h3>
                <tc-clinic-facts
                  exportparts="clinic-facts, clinic-table, clinic-list, clinic-contact"
                  .clinic=${clinic}
                  .options=${view.options}
                  .messages=${m}
                ></tc-clinic-facts>
              </section>`
              : nothing
        }
        <div class="weigh">
          <section class="priorities" part="priorities">
            <h3 id="tc-sliders-title">${counselor ? j.prioritiesTitle : m.slidersTitle}</h3>
            <tc-priority-sliders exportparts="slider, slider-input, reset" .criteria=${compared.criteria} .weights=${c.weights} .messages=${m}></tc-priority-sliders>
            <tc-deal-breakers class="controls" .options=${view.options} .setAside=${state.setAside} .concern=${state.concern} .messages=${j}></tc-deal-breakers>
          </section>
          <section class="results" part="results">
            <h3 id="tc-chart-title">${m.chartTitle}</h3>
            ${
              compared.options.length === 0
                ? html`<p class="all-set-aside">${j.allSetAside}</p>`
                : html`<tc-fit-chart
                    exportparts="chart, legend, table, chart-empty"
                    .options=${compared.options}
                    .criteria=${compared.criteria}
                    .fit=${c.fit}
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
                          .messages=${m}
                          .atStart=${c.atStart}
                        ></tc-how-sure>`
                      : nothing
                  }`
            }
          </section>
        </div>
      </div>
      ${counselor ? stage : nothing}
      <div class="journey-sure controls"><tc-sure-check .answers=${state.sure} .messages=${j}></tc-sure-check></div>
      <div class="journey-plan controls"><tc-your-plan .questions=${state.questions} .notes=${state.notes} .messages=${j}></tc-your-plan></div>
      <section class="about">
        <h3 id="tc-about-title">${m.aboutTitle}</h3>
        <tc-about-evidence exportparts="about, citations" .data=${data} .messages=${m}></tc-about-evidence>
      </section>
      ${renderSummary(
        {
          data,
          comparison: c,
          stage: state.stage,
          role: state.role,
          sure: state.sure,
          questions: state.questions ?? [...j.defaultQuestions],
          notes: state.notes,
          today: localToday(),
        },
        m,
      )}
    `;
}
