import { html, nothing } from 'lit';
import { PortableElement } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { englishMessages, sentence, type Messages } from '../../i18n/index.js';
import { isHttpUrl, localToday, type Citation, type LocalDataset } from '../../model/index.js';
import { aboutEvidenceStyles } from './about-evidence.styles.js';

/**
 * A link to a cited source: only http(s) links ever become an href (validation already rejects
 * others; this is a second lock). Opens in a new tab without giving the source a handle on the page.
 */
export function citationLink(citation: Citation, text: string, messages: Messages = englishMessages) {
  if (!isHttpUrl(citation.url)) return html`${text}`;
  return html`<a href=${citation.url} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden"> ${messages.opensInNewTab}</span></a
  >`;
}

/**
 * About this information: publication and review-by dates (with a visible warning once review-by
 * has passed, marked), update policy, funding, competing interests, authors, method and every source.
 *
 * @csspart about - the whole section body
 * @csspart citations - the list of sources
 * @tagname tc-about-evidence
 */
export class AboutEvidence extends PortableElement {
  static override styles = aboutEvidenceStyles;

  /** The validated dataset, in the language shown. */
  @property({ attribute: false }) data?: LocalDataset;

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /** Today as YYYY-MM-DD; the review-by date is marked as passed when this is after it. */
  @property({ attribute: false }) today = localToday();

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const meta = data.meta;
    const m = this.messages;
    const overdue = this.today > meta.reviewBy;
    return html`<div part="about">
      <dl>
        <dt>${m.published}</dt>
        <dd><time datetime=${meta.published}>${m.date(meta.published)}</time></dd>
        <dt>${m.reviewBy}</dt>
        <dd>
          <time datetime=${meta.reviewBy}>${m.date(meta.reviewBy)}</time>${
            overdue ? html` <strong class="overdue">${m.reviewDatePassed}</strong>` : nothing
          }
        </dd>
        <dt>${m.updatePolicy}</dt>
        <dd>${meta.updatePolicy}</dd>
        <dt>${m.funding}</dt>
        <dd>${meta.funding}</dd>
        <dt>${m.competingInterests}</dt>
        <dd>${meta.competingInterests}</dd>
        <dt>${m.authors}</dt>
        <dd>${meta.authors.join(', ')}</dd>
        ${meta.method ? html`<dt>${m.method}</dt><dd>${meta.method}</dd>` : nothing}
      </dl>
      <h4>${m.citationsTitle}</h4>
      <ol part="citations">
        ${data.citations.map(
          (c) => html`<li data-citation=${c.id}>
            ${c.authors} (${c.year}). ${citationLink(c, c.title, m)}. ${sentence(c.source)}${c.doi ? html` doi:${c.doi}` : nothing}
          </li>`,
        )}
      </ol>
    </div>`;
  }
}
