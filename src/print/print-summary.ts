/**
 * The one-page summary for print or "Save as PDF" (printed under the widget's header, which names
 * the decision and says it is not a recommendation): date, where the person is in
 * deciding, their priorities, how the options lined up, a compact grid, SURE answers, questions
 * and notes, evidence dates and citations. Text only (no controls); shown by the print stylesheet.
 */
import { html, nothing } from 'lit';
import { fitNumber, readoutSentences, type Messages } from '../i18n/index.js';
import { isInsufficient, SURE_ITEMS, type Role, type Stage, type SureAnswers } from '../model/index.js';
import type { Comparison, LocalDataset } from '../model/index.js';

export interface SummaryInput {
  data: LocalDataset;
  comparison: Comparison;
  stage?: Stage;
  role?: Role;
  sure: SureAnswers;
  questions: readonly string[];
  notes: string;
  today: string;
}

export function renderSummary(input: SummaryInput, m: Messages) {
  const j = m.journey;
  const { data, comparison } = input;
  const { view, compared, fit, fitById: fits, setAside: aside, weights } = comparison;
  const sure = readoutSentences(comparison.readout, compared.options, compared.criteria, m, comparison.atStart);
  const answer = (value: boolean | undefined) => (value === undefined ? j.notAnswered : value ? j.yes : j.no);
  const questions = input.questions.filter((q) => q.trim() !== '');
  return html`<section class="summary" part="summary">
    <h2 id="tc-summary-title">${j.summaryTitle}</h2>
    <p>${j.summaryDate(m.date(input.today))}</p>
    <dl>
      <dt>${j.summaryStage}</dt>
      <dd>${input.stage ? j.stages[input.stage] : j.summaryNone}</dd>
      <dt>${j.summaryRole}</dt>
      <dd>${input.role ? j.roles[input.role] : j.summaryNone}</dd>
    </dl>
    <h3>${j.summaryPriorities}</h3>
    ${
      comparison.waiting
        ? html`<p>${m.waitingPrint}</p>`
        : html`<ul class="summary-priorities">
          ${compared.criteria.map((c) => html`<li>${c.label}: ${m.sliderValue(weights[c.id] ?? 0)}</li>`)}
        </ul>`
    }
    <h3>${j.summaryLineUp}</h3>
    ${
      comparison.waiting
        ? html`<p>${m.waitingPrint}</p>`
        : fit.status === 'ok' && compared.options.length
        ? html`<ul class="summary-lineup">
          ${compared.options.map((o) => html`<li>${o.label}: ${m.chartOfHundred(fitNumber(fits.get(o.id) ?? 0))}</li>`)}
        </ul>`
        : html`<p>${compared.options.length ? m.chartNoPriorities : j.allSetAside}</p>`
    }
    ${sure.map((s) => html`<p>${s}</p>`)}
    ${aside.length ? html`<p>${j.summarySetAside}: ${m.list(aside.map((o) => o.label))}</p>` : nothing}
    <h3>${j.summaryGrid}</h3>
    <table class="summary-grid">
      <thead>
        <tr>
          <th scope="col">${m.questionColumn}</th>
          ${view.options.map((o) => html`<th scope="col">${o.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.criteria.map(
          (c, ci) => html`<tr>
            <th scope="row">${c.question}</th>
            ${view.options.map((_, oi) => {
              const cell = view.cells[oi][ci];
              return html`<td>${isInsufficient(cell) ? m.notEnoughEvidence : m.rating(cell.score)}. ${cell.summary}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <h3>${j.summarySure}</h3>
    <ul class="summary-sure">
      ${SURE_ITEMS.map((item) => html`<li>${j.sureQuestions[item]} ${answer(input.sure[item])}</li>`)}
    </ul>
    <h3>${j.summaryQuestions}</h3>
    ${questions.length ? html`<ol>${questions.map((q) => html`<li>${q}</li>`)}</ol>` : html`<p>${j.summaryNone}</p>`}
    <h3>${j.summaryNotes}</h3>
    <p class="summary-notes">${input.notes.trim() ? input.notes : j.summaryNone}</p>
    <h3>${j.summaryEvidence}</h3>
    <p>${m.published}: ${m.date(data.meta.published)}. ${m.reviewBy}: ${m.date(data.meta.reviewBy)}.</p>
    <ol class="summary-citations">
      ${data.citations.map((c) => html`<li>${c.authors} (${c.year}): ${c.title}${c.url ? html` ${c.url}` : nothing}</li>`)}
    </ol>
  </section>`;
}
