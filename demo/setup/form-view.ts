/**
 * The setup form as a Lit template: the widget's settings, then the clinic's facts. Each problem
 * shows beside its field (aria-invalid, aria-describedby). Values are bound with `live`, so loading
 * a pasted snippet fills the form; all text is bound as text, never as markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Catalog } from './catalog.js';
import { fieldName } from './form-data.js';
import type { FieldIssue } from './issue-fields.js';
import { FACT_FIELDS, type FactField, type SetupState } from './state.js';

type Issues = ReadonlyMap<string, string[]>;

/** The issues by field name (problems with no field are listed apart, see `generalIssues`). */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const { field, message } of issues) if (field) byField.set(field, [...(byField.get(field) ?? []), message]);
  return byField;
}

const describedBy = (name: string, issues: Issues, hint?: string) =>
  [hint && `${name}-hint`, issues.has(name) && `${name}-problem`].filter(Boolean).join(' ') || nothing;

const problem = (name: string, issues: Issues) =>
  issues.has(name) ? html`<p class="problem" id=${`${name}-problem`}>${issues.get(name)!.join(' ')}</p>` : nothing;

const hintText = (name: string, hint?: string) => (hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing);

function textField(
  name: string,
  label: string,
  value: string,
  issues: Issues,
  opts: { hint?: string; type?: string; long?: boolean } = {},
) {
  const invalid = issues.has(name) ? 'true' : nothing;
  const control = opts.long
    ? html`<textarea id=${name} name=${name} rows="2" .value=${live(value)} aria-invalid=${invalid} aria-describedby=${describedBy(name, issues, opts.hint)}></textarea>`
    : html`<input
        id=${name}
        name=${name}
        type=${opts.type ?? 'text'}
        .value=${live(value)}
        aria-invalid=${invalid}
        aria-describedby=${describedBy(name, issues, opts.hint)}
      />`;
  return html`<div class="field">
    <label for=${name}>${label}</label>${hintText(name, opts.hint)}${control}${problem(name, issues)}
  </div>`;
}

function selectField(name: string, label: string, value: string, choices: readonly [string, string][], issues: Issues, hint?: string) {
  return html`<div class="field">
    <label for=${name}>${label}</label>${hintText(name, hint)}
    <select id=${name} name=${name} aria-invalid=${issues.has(name) ? 'true' : nothing} aria-describedby=${describedBy(name, issues, hint)}>
      ${choices.map(([v, text]) => html`<option value=${v} ?selected=${live(v === value)}>${text}</option>`)}
    </select>
    ${problem(name, issues)}
  </div>`;
}

function checkboxes(name: string, legend: string, chosen: readonly string[], catalog: Catalog, issues: Issues, hint?: string) {
  return html`<fieldset class="checks">
    <legend>${legend}</legend>
    ${hintText(name, hint)}
    ${catalog.options.map(
      (o) =>
        html`<label class="check"
          ><input
            type="checkbox"
            name=${name}
            value=${o.id}
            .checked=${live(chosen.includes(o.id))}
            aria-invalid=${issues.has(name) ? 'true' : nothing}
            aria-describedby=${describedBy(name, issues, hint)}
          />
          ${o.label}</label
        >`,
    )}
    ${problem(name, issues)}
  </fieldset>`;
}

function settings(state: SetupState, catalog: Catalog, issues: Issues): TemplateResult {
  return html`<section aria-labelledby="settings-heading">
    <h2 id="settings-heading"><span class="step">1</span> How the comparison starts</h2>
    ${selectField(
      'lang',
      'Language',
      state.lang,
      [
        ['', "The page's own language"],
        ['en', 'English'],
        ['es', 'Spanish (español)'],
      ],
      issues,
      'If your page is in Spanish and says so (lang="es"), leave this as it is.',
    )}
    ${selectField(
      'mode',
      'Who looks at it',
      state.mode,
      [
        ['patient', 'A patient, on their own'],
        ['counselor', 'A patient and a counselor together, on one screen'],
      ],
      issues,
    )}
    ${selectField('condition', 'Kind of pain', state.condition, [['', 'All chronic pain'], ...catalog.conditions.map((c) => [c.id, c.label] as [string, string])], issues)}
    ${checkboxes('options', 'Options to show', state.options, catalog, issues)}
    <fieldset class="checks">
      <legend>Starting priorities</legend>
      <label class="check"
        ><input type="checkbox" name="set-weights" .checked=${live(state.setWeights)} aria-describedby="set-weights-hint" /> Start with
        these priorities</label
      >
      <p class="hint" id="set-weights-hint">Leave this off and each patient sets their own. 0 means "does not matter", 10 "matters most".</p>
      <div class="weights" ?hidden=${!state.setWeights}>
        ${catalog.criteria.map((c) => {
          const name = fieldName.weight(c.id);
          return html`<div class="field weight">
            <label for=${name}>${c.label}</label>
            <input id=${name} name=${name} type="number" min="0" max="10" step="1" inputmode="numeric" .value=${live(String(state.weights[c.id] ?? 5))} />
          </div>`;
        })}
      </div>
    </fieldset>
    <div class="field">
      <label class="check"
        ><input type="checkbox" name="persist" .checked=${live(state.persist)} aria-describedby="persist-hint" /> Keep choices in the page
        address</label
      >
      <p class="hint" id="persist-hint">Patients can then copy a link that opens the comparison as they left it.</p>
    </div>
  </section>`;
}

const FACT_LABELS: Record<FactField, [string, boolean]> = {
  price: ['Price here', false],
  wait: ['Wait here', false],
  insurance: ['Insurance', true],
  note: ['Other note', true],
};

function optionFacts(state: SetupState, catalog: Catalog, issues: Issues) {
  return catalog.options.map((o) => {
    const facts = state.clinic.facts[o.id];
    const names = [...FACT_FIELDS, 'offeredHere'].map((f) => fieldName.fact(o.id, f));
    const open = Object.values(facts).some(Boolean) || names.some((n) => issues.has(n));
    return html`<details class="facts" ?open=${open}>
      <summary>${o.label}</summary>
      ${FACT_FIELDS.map((f) => textField(fieldName.fact(o.id, f), FACT_LABELS[f][0], facts[f], issues, { long: FACT_LABELS[f][1] }))}
      ${selectField(
        fieldName.fact(o.id, 'offeredHere'),
        'Offered at your clinic?',
        facts.offeredHere,
        [
          ['', 'Do not say'],
          ['yes', 'Yes'],
          ['no', 'No'],
        ],
        issues,
      )}
    </details>`;
  });
}

function clinicPart(state: SetupState, catalog: Catalog, issues: Issues): TemplateResult {
  const c = state.clinic;
  return html`<section aria-labelledby="clinic-heading">
    <h2 id="clinic-heading"><span class="step">2</span> Your clinic's facts <span class="optional">(you can skip this)</span></h2>
    <p>
      Patients see these facts apart from the research, marked as coming from you. If you provide an option, the comparison says so at the
      top, so patients know you are paid when they choose it. You cannot turn this off.
    </p>
    ${textField('clinic-name', "Your clinic's name", c.name, issues)}
    ${checkboxes('provides', 'Options your clinic provides', c.provides, catalog, issues, 'Tick each one you are paid for.')}
    <h3>Local facts for each option</h3>
    <p class="hint">Open an option to add its price, wait or insurance. Leave out what you do not know.</p>
    ${optionFacts(state, catalog, issues)}
    ${textField('contact-label', 'Words on the booking button', c.contactLabel, issues, { hint: 'For example: Book a visit' })}
    ${textField('contact-url', 'Booking or contact link', c.contactUrl, issues, {
      type: 'url',
      hint: 'The full address, starting with https://',
    })}
    ${textField('checked', 'Date you checked these facts', c.checked, issues, { type: 'date', hint: 'Today or earlier.' })}
  </section>`;
}

export function formView(state: SetupState, catalog: Catalog, issues: readonly FieldIssue[]): TemplateResult {
  const byField = issuesByField(issues);
  const general = issues.filter((i) => !i.field);
  return html`${settings(state, catalog, byField)} ${clinicPart(state, catalog, byField)}
    ${
      general.length
        ? html`<div class="problem general"><p>Other problems with your clinic's facts:</p><ul>${general.map((i) => html`<li>${i.message}</li>`)}</ul></div>`
        : nothing
    }`;
}
