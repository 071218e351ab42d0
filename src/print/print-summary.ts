/**
 * The summary the patient takes home, for print or "Save as PDF" (printed under the widget's
 * header, which names the decision and says it is not a recommendation). One page: the date, where
 * the person is in deciding, their priorities as they set them (or "not set"), the options set
 * aside, how the options lined up (bars of the same numbers as the chart, or nothing when no one
 * set priorities), the SURE answers, the questions, the notes, and the evidence dates.
 *
 * "Print with the evidence" (`withEvidence`) adds, on the pages after it, the compact grid
 * (every rating and short answer) and every source. Text only, no controls; shown by the print
 * stylesheet.
 */
import { html, nothing } from 'lit';
import { fitNumber, readoutSentences, type Messages } from '../i18n/index.js';
import { isInsufficient, SURE_ITEMS, type Role, type Stage, type SureAnswers } from '../model/index.js';
import type { Comparison, LocalDataset } from '../model/index.js';
import { bidi, sourceLang } from '../i18n/bidi-render.js';
import { isolate } from '../i18n/bidi.js';

export interface SummaryInput {
  data: LocalDataset;
  comparison: Comparison;
  stage?: Stage;
  role?: Role;
  sure: SureAnswers;
  questions: readonly string[];
  notes: string;
  today: string;
  /** Add the compact grid and the sources on the pages after the summary. */
  withEvidence?: boolean;
}

export function renderSummary(input: SummaryInput, m: Messages) {
  const j = m.journey;
  const { data, comparison } = input;
  const langs = data.langs;
  const { compared, fit, fitById: fits, setAside: aside, weights } = comparison;
  // The first sentence only: whether this could change, in one line.
  const sure = readoutSentences(comparison.readout, compared.options, compared.criteria, m, comparison.atStart).slice(0, 1);
  const answer = (value: boolean | undefined) => (value === undefined ? j.notAnswered : value ? j.yes : j.no);
  const questions = input.questions.filter((q) => q.trim() !== '');
  const lineUp =
    comparison.waiting || !compared.options.length || fit.status !== 'ok'
      ? html`<p>${comparison.waiting ? m.waitingPrint : compared.options.length ? m.chartNoPriorities : j.allSetAside}</p>`
      : html`<table class="summary-bars">
          <caption class="visually-hidden">${m.chartAxis}</caption>
          ${compared.options.map((o) => {
            const value = fitNumber(fits.get(o.id) ?? 0);
            return html`<tr>
              <th scope="row">${bidi(o.label, langs)}</th>
              <td class="bar-cell">
                <svg class="summary-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width="100" height="10" class="track"></rect>
                  <rect width=${value} height="10"></rect>
                </svg>
              </td>
              <td>${m.chartOfHundred(value)}</td>
            </tr>`;
          })}
        </table>
        ${sure.map((s) => html`<p>${bidi(s, langs)}</p>`)}`;
  return html`<section class="summary" part="summary">
    <h2 id="tc-summary-title">${j.summaryTitle}</h2>
    <p>${j.summaryDate(m.date(input.today))}</p>
    <div class="summary-columns">
      <div>
        <dl>
          <dt>${j.summaryStage}</dt>
          <dd>${input.stage ? j.stages[input.stage] : j.summaryNone}</dd>
          <dt>${j.summaryRole}</dt>
          <dd>${input.role ? j.roles[input.role] : j.summaryNone}</dd>
        </dl>
        <h3>${j.summaryPriorities}</h3>
        ${
          comparison.waiting
            ? html`<p>${j.summaryNotSet}</p>`
            : html`<ul class="summary-priorities">
              ${compared.criteria.map((c) => html`<li>${bidi(isolate(c.question), langs)} ${m.sliderValue(weights[c.id] ?? 0)}</li>`)}
            </ul>`
        }
        ${aside.length ? html`<p>${j.summarySetAside}: ${bidi(m.list(aside.map((o) => isolate(o.label))), langs)}</p>` : nothing}
      </div>
      <div>
        <h3>${j.summaryLineUp}</h3>
        ${lineUp}
        <p class="summary-not-advice">${m.notAdvice}</p>
      </div>
    </div>
    <h3>${j.summarySure}</h3>
    <ul class="summary-sure">
      ${SURE_ITEMS.map((item) => html`<li>${j.sureQuestions[item]} <strong>${answer(input.sure[item])}</strong></li>`)}
    </ul>
    <h3>${j.summaryQuestions}</h3>
    ${questions.length ? html`<ol>${questions.map((q) => html`<li>${q}</li>`)}</ol>` : html`<p>${j.summaryNone}</p>`}
    <h3>${j.summaryNotes}</h3>
    <p class="summary-notes">${input.notes.trim() ? input.notes : j.summaryNone}</p>
    <p class="summary-evidence">
      ${m.published}: ${m.date(data.meta.published)}. ${m.reviewBy}: ${m.date(data.meta.reviewBy)}. ${j.summarySources}
    </p>
    ${input.withEvidence ? renderEvidencePages(input, m) : nothing}
  </section>`;
}

/** The pages after the summary when printing with the evidence: the compact grid and every source. */
function renderEvidencePages(input: SummaryInput, m: Messages) {
  const j = m.journey;
  const { data, comparison } = input;
  const langs = data.langs;
  const { view } = comparison;
  return html`<div class="summary-evidence-pages">
    <h3>${j.summaryGrid}</h3>
    <table class="summary-grid">
      <thead>
        <tr>
          <th scope="col">${m.questionColumn}</th>
          ${view.options.map((o) => html`<th scope="col">${bidi(o.label, langs)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.criteria.map(
          (c, ci) => html`<tr>
            <th scope="row">${bidi(c.question, langs)}</th>
            ${view.options.map((_, oi) => {
              const cell = view.cells[oi][ci];
              return html`<td>${isInsufficient(cell) ? m.notEnoughEvidence : m.rating(cell.score)}. ${bidi(isolate(cell.short ?? cell.summary), langs)}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    <h3>${m.citationsTitle}</h3>
    <ol class="summary-citations">
      ${data.citations.map((c) => html`<li><bdi>${c.authors}</bdi> (${c.year}): <bdi lang=${sourceLang(m)}>${c.title}</bdi>${c.url ? html` ${c.url}` : nothing}</li>`)}
    </ol>
  </div>`;
}
