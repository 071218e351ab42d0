import { html, nothing } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { englishMessages, type Messages } from '../../i18n/index.js';
import { clinicFactRows, isHttpUrl, type ClinicFactKey, type LocalClinic, type LocalOption, type TextLangs } from '../../model/index.js';
import { clinicFactsStyles } from './clinic-facts.styles.js';
import { bidi } from '../../i18n/bidi-render.js';
import { isolate } from '../../i18n/bidi.js';

type Facts = NonNullable<LocalClinic['facts']>[string];
type FactKey = ClinicFactKey;

/** Each fact's row label in the catalog. */
const LABELS: Record<FactKey, 'clinicPrice' | 'clinicWait' | 'clinicInsurance' | 'clinicOfferedHere' | 'clinicNote'> = {
  price: 'clinicPrice',
  wait: 'clinicWait',
  insurance: 'clinicInsurance',
  offeredHere: 'clinicOfferedHere',
  note: 'clinicNote',
};

/** A fact as shown: the clinic's words (with their language when it differs), or yes/no in the widget's. */
function factText(facts: Facts | undefined, key: FactKey, m: Messages, langs?: TextLangs) {
  const value = facts?.[key];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? m.clinicYes : m.clinicNo;
  return bidi(value, langs);
}

/**
 * A clinic's own local facts (price, wait, insurance, whether it is offered here, a note), shown
 * apart from the cited evidence: labelled with the clinic's name and the date it checked them,
 * and said to be no part of the evidence. One column per shown option, in the dataset's order;
 * only rows that have a value. A list per option when the container is 600 px or narrower.
 *
 * Every piece of clinic text is bound as text, never as markup; the contact link becomes an href
 * only when it is http(s) (validation already refuses others; this is a second lock).
 *
 * @tagname tc-clinic-facts
 * @csspart clinic-facts - the whole body: provenance line, facts and contact link
 * @csspart clinic-table - the table of facts (wide layout)
 * @csspart clinic-list - the list of facts per option (narrow layout)
 * @csspart clinic-contact - the clinic's booking or contact link
 */
export class ClinicFacts extends TextPart {
  static override styles = clinicFactsStyles;

  /** The validated clinic configuration, in the language shown. */
  @property({ attribute: false }) clinic?: LocalClinic;

  /** The options shown, in the dataset's order. */
  @property({ attribute: false }) options: readonly LocalOption[] = [];

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  override render() {
    const clinic = this.clinic;
    if (!clinic) return nothing;
    const options = this.options;
    const m = this.messages;
    const langs = this.langs;
    const rows = clinicFactRows(clinic, options).map((key) => ({ key, label: LABELS[key] }));
    const provenance = bidi(m.clinicProvenance(clinic.name, m.date(clinic.checked)), langs);
    const value = (option: LocalOption, key: FactKey) => {
      const text = factText(clinic.facts?.[option.id], key, m, langs);
      return text === undefined ? html`<span class="none">${m.clinicNotGiven}</span>` : text;
    };
    return html`<div part="clinic-facts" data-clinic-checked=${clinic.checked}>
      ${
        rows.length
          ? html`<div class="wide">
              <table part="clinic-table">
                <caption class="provenance">${provenance}</caption>
                <thead>
                  <tr>
                    <th scope="col">${m.clinicFactColumn}</th>
                    ${options.map((o) => html`<th scope="col" data-option=${o.id}>${bidi(o.label, langs)}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) => html`<tr data-fact=${row.key}>
                      <th scope="row">${m[row.label]}</th>
                      ${options.map((o) => html`<td data-option=${o.id}>${value(o, row.key)}</td>`)}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <div class="narrow">
              <p class="provenance">${provenance}</p>
              <ul class="list" part="clinic-list" role="list">
                ${options.map(
                  (o) => html`<li data-option=${o.id}>
                    <h4>${bidi(o.label, langs)}</h4>
                    <dl>
                      ${rows.map((row) => html`<dt>${m[row.label]}</dt><dd>${value(o, row.key)}</dd>`)}
                    </dl>
                  </li>`,
                )}
              </ul>
            </div>`
          : html`<p class="provenance">${provenance}</p>`
      }
      ${this.renderContact(clinic)}
    </div>`;
  }

  private renderContact(clinic: LocalClinic) {
    const contact = clinic.contact;
    if (!contact) return nothing;
    const label = bidi(isolate(contact.label), this.langs);
    const link = isHttpUrl(contact.url)
      ? html`<a part="clinic-contact" href=${contact.url} target="_blank" rel="noopener noreferrer"
          >${label}<span class="visually-hidden"> ${this.messages.opensInNewTab}</span></a
        >`
      : label;
    return html`<p class="contact">${bidi(this.messages.clinicContact(clinic.name), this.langs)} ${link}</p>`;
  }
}
