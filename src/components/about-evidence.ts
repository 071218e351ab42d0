import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isHttpUrl, type Citation, type Dataset } from '../model/index.js';
import { shared, tokens } from '../styles/tokens.js';
import { sentence, strings } from './strings.js';

/** "2026-01-15" -> "January 15, 2026" (the date as written, whatever the reader's time zone). */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Through a UTC date, so an impossible day rolls over (as a date formatter would) and junk is kept as written.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isFinite(date.getTime())) return isoDate;
  return strings.longDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Today's date as YYYY-MM-DD in the reader's own calendar. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A link to a cited source: only http(s) links ever become an href (validation already rejects
 * others; this is a second lock). Opens in a new tab without giving the source a handle on the page.
 */
export function citationLink(citation: Citation, text: string) {
  if (!isHttpUrl(citation.url)) return html`${text}`;
  return html`<a href=${citation.url} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden"> ${strings.opensInNewTab}</span></a
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
export class AboutEvidence extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8em, max-content) 1fr;
        gap: 0.4em 1em;
        margin: 0 0 var(--_gap);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      @container (max-width: 30rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-block-end: 0.5em;
        }
      }
      ol {
        padding-inline-start: 1.5em;
        margin: 0;
      }
      li {
        margin-block-end: 0.4em;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The validated dataset. */
  @property({ attribute: false }) data?: Dataset;

  /** Today as YYYY-MM-DD; the review-by date is marked as passed when this is after it. */
  @property({ attribute: false }) today = localToday();

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const meta = data.meta;
    const overdue = this.today > meta.reviewBy;
    return html`<div part="about">
      <dl>
        <dt>${strings.published}</dt>
        <dd><time datetime=${meta.published}>${formatDate(meta.published)}</time></dd>
        <dt>${strings.reviewBy}</dt>
        <dd>
          <time datetime=${meta.reviewBy}>${formatDate(meta.reviewBy)}</time>${overdue
            ? html` <strong class="overdue">${strings.reviewDatePassed}</strong>`
            : nothing}
        </dd>
        <dt>${strings.updatePolicy}</dt>
        <dd>${meta.updatePolicy}</dd>
        <dt>${strings.funding}</dt>
        <dd>${meta.funding}</dd>
        <dt>${strings.competingInterests}</dt>
        <dd>${meta.competingInterests}</dd>
        <dt>${strings.authors}</dt>
        <dd>${meta.authors.join(', ')}</dd>
        ${meta.method ? html`<dt>${strings.method}</dt><dd>${meta.method}</dd>` : nothing}
      </dl>
      <h4>${strings.citationsTitle}</h4>
      <ol part="citations">
        ${data.citations.map(
          (c) => html`<li data-citation=${c.id}>
            ${c.authors} (${c.year}). ${citationLink(c, c.title)}. ${sentence(c.source)}${c.doi ? html` doi:${c.doi}` : nothing}
          </li>`,
        )}
      </ol>
    </div>`;
  }
}
