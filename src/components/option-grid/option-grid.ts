import { html, nothing } from 'lit';
import { PortableElement } from '../../styles/portable-element.js';
import { property, state } from 'lit/decorators.js';
import { englishMessages, type Messages } from '../../i18n/index.js';
import {
  isInsufficient,
  type Citation,
  type ComparisonView,
  type LocalCell,
  type LocalDataset,
  type LocalOutcome,
} from '../../model/index.js';
import { citationLink } from '../about-evidence/about-evidence.js';
import { optionGridStyles } from './option-grid.styles.js';

type View = ComparisonView<LocalDataset>;

/**
 * The Option Grid: options as columns in the dataset's fixed order, criteria as rows phrased as
 * the patient's questions, one cell per option and question in the same format (equal detail).
 *
 * Fits its container, not the viewport: a full table when the widget is wide, and one card per
 * option (every question in the same order, each card opened on demand) when it is 600 px or narrower. Both are rendered and
 * a container query shows one, so the switch needs no script and prints correctly.
 *
 * What sits inside a closed `<details>` (a card's answers, a cell's detail and sources) is only
 * rendered once it is opened: most of it is never read, and rendering it all made the first
 * render slow. Print does not need it: closed details are hidden in print, and every source is
 * listed under About.
 *
 * @csspart grid - the table (wide layout)
 * @csspart cards - the list of option cards (narrow layout)
 * @csspart option-card - one option's card
 * @csspart cell - one option's answer to one question
 * @csspart cell-detail - the expandable detail and sources of a cell
 * @tagname tc-option-grid
 */
export class OptionGrid extends PortableElement {
  static override styles = optionGridStyles;

  /** The resolved comparison (options in dataset order, cells for the chosen condition). */
  @property({ attribute: false }) view?: View;

  /** The dataset, for citations and to mark cells that the chosen condition changes. */
  @property({ attribute: false }) data?: LocalDataset;

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /**
   * Keys of the open `<details>` ("cell option criterion" in the table, "card option" and
   * "card-cell option criterion" in the cards): only their content is rendered. Bound back to
   * `open`, so a details element that Lit reuses for another option closes with its content.
   */
  @state() private openDetails: ReadonlySet<string> = new Set();

  /** Keeps {@link openDetails} in step with a details element (the toggle event comes after the change). */
  private onToggle(key: string, event: Event) {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openDetails.has(key)) return;
    const next = new Set(this.openDetails);
    if (open) next.add(key);
    else next.delete(key);
    this.openDetails = next;
  }

  override render() {
    const view = this.view;
    if (!view || !this.data) return nothing;
    const citations = new Map(this.data.citations.map((c) => [c.id, c]));
    const cell = (o: number, c: number) => this.renderCell(view, o, c, citations, 'cell');
    return html`
      <p class="muted">${this.messages.gridIntro}</p>
      <p class="muted narrow">${this.messages.cardsIntro}</p>
      <dl class="options">
        ${view.options.map((option) => html`<dt>${option.label}</dt><dd>${option.description}</dd>`)}
      </dl>
      <div class="wide">
        <table part="grid">
          <caption class="visually-hidden">${this.messages.gridTitle}</caption>
          <colgroup>
            <col class="question-col" />
            ${view.options.map(() => html`<col />`)}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">${this.messages.questionColumn}</th>
              ${view.options.map((option) => html`<th scope="col" data-option=${option.id}>${option.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${view.criteria.map(
              (criterion, c) => html`<tr data-criterion=${criterion.id}>
                <th scope="row">${criterion.question}</th>
                ${view.options.map(
                  (option, o) => html`<td part="cell" data-option=${option.id} data-criterion=${criterion.id}>${cell(o, c)}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ul class="narrow cards" part="cards" role="list">
        ${view.options.map((option, o) => {
          const key = `card ${option.id}`;
          const open = this.openDetails.has(key);
          return html`<li class="card" part="option-card" data-option=${option.id}>
            <details ?open=${open} @toggle=${(event: Event) => this.onToggle(key, event)}>
              <summary class="card-summary">${option.label}</summary>
              ${open ? this.renderCard(view, o, citations) : nothing}
            </details>
          </li>`;
        })}
      </ul>
    `;
  }

  /** A card's content: the option's description and its answer to every question. */
  private renderCard(view: View, o: number, citations: Map<string, Citation>) {
    const option = view.options[o];
    return html`<p>${option.description}</p>
      <dl>
        ${view.criteria.map(
          (criterion, c) => html`<dt>${criterion.question}</dt>
            <dd part="cell" data-option=${option.id} data-criterion=${criterion.id}>${this.renderCell(view, o, c, citations, 'card-cell')}</dd>`,
        )}
      </dl>`;
  }

  /** One answer; `where` keeps the table's and the cards' details apart (each opens on its own). */
  private renderCell(view: View, o: number, c: number, citations: Map<string, Citation>, where: 'cell' | 'card-cell') {
    const option = view.options[o];
    const criterion = view.criteria[c];
    const data: LocalCell = view.cells[o][c];
    const fromCondition = view.condition?.cells[option.id]?.[criterion.id] !== undefined;
    const [low, high] = data.range ?? [data.score, data.score];
    // Five dots in one template (not one template each): there are five per cell and many cells.
    const insufficient = isInsufficient(data);
    // Not enough evidence: no dot is filled, all five are possible.
    const pip = (n: number) => (n <= data.score && !insufficient ? 'on' : n >= low && n <= high ? 'maybe' : '');
    const key = `${where} ${option.id} ${criterion.id}`;
    const open = this.openDetails.has(key);
    return html`
      ${fromCondition && view.condition ? html`<p class="badge">${this.messages.conditionSpecific(view.condition.label)}</p>` : nothing}
      <p class="score">
        <span class="pips" aria-hidden="true">
          <span class="pip ${pip(1)}"></span>
          <span class="pip ${pip(2)}"></span>
          <span class="pip ${pip(3)}"></span>
          <span class="pip ${pip(4)}"></span>
          <span class="pip ${pip(5)}"></span>
        </span>
        <span>${this.messages.ratingLabel}: ${insufficient ? this.messages.notEnoughEvidence : this.messages.rating(data.score)}</span>
      </p>
      ${
        insufficient
          ? html`<p class="facts">${this.messages.notEnoughEvidenceNote}</p>`
          : low !== high
            ? html`<p class="facts">${this.messages.range(low, high)}</p>`
            : nothing
      }
      <p class="summary">${data.summary}</p>
      <p class="facts">${this.messages.certainty(this.messages.certaintyLevels[data.certainty])}</p>
      <details part="cell-detail" ?open=${open} @toggle=${(event: Event) => this.onToggle(key, event)}>
        <summary>${this.messages.detailsSummary}<span class="visually-hidden">${this.messages.detailsFor(option.label, criterion.label)}</span></summary>
        ${open ? this.renderDetail(data, citations) : nothing}
      </details>
    `;
  }

  /** A cell's detail, outcomes and sources (rendered only while its details element is open). */
  private renderDetail(data: LocalCell, citations: Map<string, Citation>) {
    return html`${data.detail ? html`<p>${data.detail}</p>` : nothing}
      ${(data.outcomes ?? []).map((outcome) => this.renderOutcome(outcome))}
      <p class="facts">${this.messages.sources}:</p>
      <ul class="sources">
        ${data.citations.map((id) => {
          const citation = citations.get(id);
          return citation
            ? html`<li>${citationLink(citation, `${citation.authors} (${citation.year}): ${citation.title}`, this.messages)}</li>`
            : nothing;
        })}
      </ul>`;
  }

  private renderOutcome(outcome: LocalOutcome) {
    return html`<div class="outcome">
      <p><strong>${outcome.label}</strong></p>
      <p>${this.messages.outcomeLine(outcome.range ?? outcome.count, outcome.event)}; ${this.messages.outcomeOther(outcome.range ?? outcome.count, outcome.nonEvent)}</p>
      ${outcome.comparison ? html`<p>${this.messages.outcomeComparison(outcome.comparison.label, outcome.comparison.count)}</p>` : nothing}
      <p class="muted facts">${this.messages.outcomeWho(outcome.population, outcome.timeFrame)}</p>
      <tc-icon-array
        picture-only
        .count=${outcome.count}
        .range=${outcome.range}
        .label=${outcome.label}
        .event=${outcome.event}
        .nonEvent=${outcome.nonEvent}
        .population=${outcome.population}
        .timeFrame=${outcome.timeFrame}
        .comparison=${outcome.comparison}
        .messages=${this.messages.journey}
      ></tc-icon-array>
    </div>`;
  }
}
