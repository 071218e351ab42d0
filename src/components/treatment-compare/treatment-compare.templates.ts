/**
 * The root's templates: each takes what the model derived and the messages, and renders. No state,
 * no numbers computed here; the root passes handlers for the controls.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/en.js';
import type { ErrorItem } from '../../controllers/data-source.js';
import type { CopyStatus } from '../../controllers/url-state.js';
import type { LocalClinic } from '../../model/clinic.js';
import type { Comparison } from '../../model/comparison.js';
import type { LocalDataset, LocalOption } from '../../model/schema.js';
import { clinicHasFacts } from '../../model/clinic-facts.js';
import { localToday } from '../../model/dates.js';
import { bidi, langOf } from '../../i18n/bidi-render.js';

/** A skip link moves focus to its section (a fragment link would change the page's URL and scroll the host page by id). */
function onSkip(event: Event) {
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ParentNode).querySelector<HTMLElement>(`#${link.dataset.target ?? ''}`);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

/**
 * Skip links, the first Tab stops: past the comparison to the sliders, and (once there is one) to
 * the result. Visible when focused. Buttons would do, but links are what people expect here.
 */
export function renderSkipLinks(c: Comparison, m: Messages) {
  // A div, not a nav: several widgets on a page must not add a landmark each.
  return html`<div class="skip-links">
    <a href="#tc-priorities" data-target="tc-priorities" @click=${onSkip}>${m.skipToPriorities}</a>
    ${c.waiting ? nothing : html`<a href="#tc-result" data-target="tc-result" @click=${onSkip}>${m.skipToResult}</a>`}
  </div>`;
}

export function renderDecision(data: LocalDataset, m: Messages) {
  const overdue = localToday() > data.meta.reviewBy;
  return html`<header part="decision" class="decision">
    <h2 id="tc-title">${bidi(data.meta.title, data.langs)}</h2>
    ${renderQuestion(data, m)}
    <p class="not-advice" part="not-advice">${m.notAdvice}</p>
    ${overdue ? html`<p class="warning" part="review-warning" role="note">${m.reviewPassed(m.date(data.meta.reviewBy))}</p>` : nothing}
  </header>`;
}

/** The decision's question and condition (patient mode's header; below the screen in counselor mode). */
export function renderQuestion({ meta, langs }: LocalDataset, m: Messages) {
  return html`<p class="question"><span class="label">${m.questionLabel}:</span> ${bidi(meta.question, langs)}</p>
    <p><span class="label">${m.conditionLabel}:</span> ${bidi(meta.condition, langs)}</p>`;
}

/**
 * The clinic's conflict-of-interest disclosure: shown whenever the clinic provides an option
 * (shown or not). No `part`, fixed colours, no custom properties: page styles cannot hide it.
 */
export function renderDisclosure(data: LocalDataset, clinic: LocalClinic | undefined, m: Messages) {
  if (!clinic?.provides.length) return nothing;
  const provided = new Set(clinic.provides);
  const labels = data.options.filter((o) => provided.has(o.id)).map((o) => o.label);
  if (!labels.length) return nothing;
  return html`<div class="tc-disclosure" role="note" aria-labelledby="tc-disclosure-title">
    <p>
      <strong id="tc-disclosure-title">${m.clinicDisclosureTitle}</strong>
      <span>${bidi(m.clinicDisclosure(clinic.name, labels), clinic.langs)}</span>
    </p>
  </div>`;
}

/**
 * A list of problems. Validation messages are English whatever the language shown (they are for
 * web teams), so they are marked as English and, in another language, introduced as such.
 */
export function renderProblems(errors: readonly ErrorItem[], m: Messages) {
  const english = m.language === 'en' ? nothing : 'en';
  const note = m.errorDetailsNote && errors.some((e) => typeof e === 'string') ? html`<p>${m.errorDetailsNote}</p>` : nothing;
  return html`${note}
    <ul>
      ${errors.map((e) => (typeof e === 'string' ? html`<li lang=${english}>${e}</li>` : html`<li>${bidi(e(m))}</li>`))}
    </ul>`;
}

export function renderErrors(errors: readonly ErrorItem[], kept: boolean, m: Messages) {
  return html`<div class="error" part="error" role="alert">
    <h3>${m.errorTitle}</h3>
    ${renderProblems(errors, m)} ${kept ? html`<p>${m.errorKept}</p>` : nothing}
  </div>`;
}

/** The clinic's own facts for the options shown (or why they could not be shown); nothing when it has none. */
export function renderClinic(clinic: LocalClinic | undefined, errors: readonly string[], options: readonly LocalOption[], m: Messages) {
  if (errors.length) return renderClinicErrors(errors, m);
  if (!clinic || !clinicHasFacts(clinic, options)) return nothing;
  return html`<section class="clinic" part="clinic" data-clinic>
    <h3 id="tc-clinic-title">${bidi(m.clinicTitle(clinic.name), clinic.langs)}</h3>
    <tc-clinic-facts
      exportparts="clinic-facts, clinic-table, clinic-list, clinic-contact"
      .clinic=${clinic}
      .options=${options}
      .langs=${clinic.langs}
      .messages=${m}
    ></tc-clinic-facts>
  </section>`;
}

export function renderClinicErrors(errors: readonly string[], m: Messages) {
  return html`<div class="error" part="clinic-error" role="alert">
    <h3>${m.clinicErrorTitle}</h3>
    ${renderProblems(errors, m)}
    <p>${m.clinicErrorKept}</p>
  </div>`;
}

export interface TakeAwayInput {
  persists: boolean;
  copyStatus: CopyStatus;
  copyText: string;
  onPrint: () => void;
  onPrintEvidence: () => void;
  onCopy: () => void;
}

/** Print, copy link (persist="url" only) and its privacy note. */
export function renderTakeAway(input: TakeAwayInput, m: Messages) {
  const j = m.journey;
  return html`<div class="take-away controls" part="take-away">
    <button type="button" class="print" @click=${input.onPrint}>${j.printButton}</button>
    <button type="button" class="print-evidence" @click=${input.onPrintEvidence}>${j.printWithEvidence}</button>
    ${
      input.persists
        ? html`<button type="button" class="copy-link" @click=${input.onCopy} aria-describedby="tc-link-privacy">${j.copyLink}</button>
          <p id="tc-link-privacy" class="muted">${j.linkPrivacy}</p>
          <div role="status" class="copy-status">${input.copyStatus === 'copied' ? html`<p>${j.copied}</p>` : nothing}</div>
          ${
            input.copyStatus === 'fallback'
              ? html`<p class="copy-fallback">
                <label for="tc-copy-field">${j.copyFallback}</label>
                <input id="tc-copy-field" type="text" readonly .value=${input.copyText} />
              </p>`
              : nothing
          }`
        : nothing
    }
  </div>`;
}

/** The condition selector (a property binding per option, so a value set by code always shows). */
export function renderConditionSelect(data: LocalDataset, selected: string, onChange: (id: string) => void, m: Messages) {
  const conditions = data.conditions ?? [];
  if (!conditions.length) return nothing;
  return html`<div class="condition">
    <label for="tc-condition">${m.conditionSelect}</label>
    <select id="tc-condition" part="condition-select" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${live(selected === '')}>${m.conditionAll}</option>
      ${conditions.map((c) => html`<option value=${c.id} lang=${langOf(c.label, data.langs)} .selected=${live(selected === c.id)}>${c.label}</option>`)}
    </select>
  </div>`;
}
