import { html, nothing } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { englishMessages, sentence, type Messages } from '../../i18n/index.js';
import { localToday, type LocalDataset } from '../../model/index.js';
import { aboutEvidenceStyles } from './about-evidence.styles.js';
import { withoutFilePaths } from './without-file-paths.js';
import { bidi, langOf, sourceLang } from '../../i18n/bidi-render.js';
import { citationLink } from './citation-link.js';

/**
 * About this information. Who paid for it and who stands to gain stay in view (conflict of interest
 * is shown prominently, never behind a click; the root warns in view once the review-by date has
 * passed). The rest is one disclosure, closed at the start, so its 30-odd source links are no Tab
 * stops until it is opened: publication and review-by dates, update policy, authors, how the
 * evidence was found and scored (repository paths taken out), and every source.
 *
 * @csspart about - the whole section body
 * @csspart about-details - the disclosure (a details element)
 * @csspart citations - the list of sources
 * @tagname tc-about-evidence
 */
export class AboutEvidence extends TextPart {
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
    const lang = sourceLang(m);
    const langs = this.langs;
    return html`<div part="about">
      <p class="interest"><strong>${m.funding}:</strong> ${bidi(meta.funding, langs)}</p>
      <p class="interest"><strong>${m.competingInterests}:</strong> ${bidi(meta.competingInterests, langs)}</p>
      <details part="about-details">
        <summary>${m.aboutTitle}</summary>
        <dl>
          <dt>${m.published}</dt>
          <dd><time datetime=${meta.published}>${m.date(meta.published)}</time></dd>
          <dt>${m.reviewBy}</dt>
          <dd>
            <time datetime=${meta.reviewBy}>${m.date(meta.reviewBy)}</time>${overdue ? html` <strong class="overdue">${m.reviewDatePassed}</strong>` : nothing}
          </dd>
          <dt>${m.updatePolicy}</dt>
          <dd>${bidi(meta.updatePolicy, langs)}</dd>
          <dt>${m.authors}</dt>
          <dd>${meta.authors.map((a, i) => [i ? ', ' : '', bidi(a, langs)])}</dd>
          ${meta.method ? html`<dt>${m.method}</dt><dd lang=${langOf(meta.method, langs)}>${withoutFilePaths(meta.method)}</dd>` : nothing}
        </dl>
        <h4>${m.citationsTitle}</h4>
        <ol part="citations">
          ${data.citations.map(
            (c) => html`<li data-citation=${c.id}>
              ${c.authors} (${c.year}). ${citationLink(c, c.title, m)}. <span lang=${lang}>${sentence(c.source)}</span>${
                c.doi ? html` doi:${c.doi}` : nothing
              }
            </li>`,
          )}
        </ol>
      </details>
    </div>`;
  }
}
