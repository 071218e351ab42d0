import { html, nothing } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property, state } from 'lit/decorators.js';
import { englishMessages, type Messages } from '../../i18n/index.js';
import {
  isInsufficient,
  type Citation,
  type ComparisonView,
  type LocalCell,
  type LocalDataset,
  type LocalOption,
  type LocalOutcome,
} from '../../model/index.js';
import { citationLink } from '../about-evidence/citation-link.js';
import { optionGridStyles } from './option-grid.styles.js';
import type { CompactGrid, CompactGridLayout } from './option-grid.compact.js';
import { bidi } from '../../i18n/bidi-render.js';

type View = ComparisonView<LocalDataset>;

/** The name an option goes by in a column: its short name when the dataset gives one. */
export const columnName = (option: LocalOption) => option.shortLabel ?? option.label;

/**
 * The Option Grid, in layers (brief first, depth one tap away):
 *
 * 1. What shows first: one line per option saying what it is, then the questions by options,
 *    each cell a rating (dots, with words for screen readers) and a short answer. Options stay in
 *    the dataset's fixed order and side by side at every width: a table when the container is
 *    wide, and one block of five rows per question when it is narrow (a container query; the
 *    same DOM, with explicit table roles so the switch keeps the table's meaning).
 * 2. "More" on a question: every option's full answer, its range and how strong the research is
 *    in plain words, and outcomes as natural frequencies with icon arrays.
 * 3. Inside that, each answer's sources, in a closed disclosure.
 *
 * What is closed is not rendered until opened: most of it is never read, and a link inside a
 * closed part must not be a Tab stop.
 *
 * @csspart grid - the table of questions by options
 * @csspart options-key - the list saying what each option is
 * @csspart cell - one option's answer to one question
 * @csspart more - a question's full answers (layer 2)
 * @csspart cell-detail - the sources of one answer (layer 3)
 * @csspart cell-popover - compact: the popover with one option's answer to one question
 * @tagname tc-option-grid
 */
export class OptionGrid extends TextPart {
  static override styles = optionGridStyles;

  /** The resolved comparison (options in dataset order, cells for the chosen condition). */
  @property({ attribute: false }) view?: View;

  /** The dataset, for citations and to mark cells that the chosen condition changes. */
  @property({ attribute: false }) data?: LocalDataset;

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /**
   * Ratings only, each one a button that opens its answer in a popover (counselor mode: the grid
   * shares one screen with the priorities and the result). See option-grid.compact.ts.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * The compact layout's controller and styles, handed over by counselor mode's layout, which loads
   * them: a patient page never downloads them. `compact` shows nothing until they are here.
   */
  @property({ attribute: false }) compactLayout?: CompactGridLayout;

  private compactGrid?: CompactGrid;

  protected override willUpdate() {
    const layout = this.compact ? this.compactLayout : undefined;
    if (layout) this.compactGrid ??= new layout.CompactGrid(this);
    this.adoptLater(layout ? [layout.styles] : []);
  }

  /** Criterion ids whose full answers are open (layer 2). */
  @state() private openQuestions: ReadonlySet<string> = new Set();

  /** Keys ("option criterion") of the open source lists (layer 3); bound back to `open`. */
  @state() private openSources: ReadonlySet<string> = new Set();

  private toggleQuestion(id: string) {
    const next = new Set(this.openQuestions);
    if (!next.delete(id)) next.add(id);
    this.openQuestions = next;
  }

  /** Keeps {@link openSources} in step with a details element (the toggle event comes after the change). */
  private onSourcesToggle(key: string, event: Event) {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.openSources.has(key)) return;
    const next = new Set(this.openSources);
    if (open) next.add(key);
    else next.delete(key);
    this.openSources = next;
  }

  override render() {
    const view = this.view;
    if (!view || !this.data) return nothing;
    const m = this.messages;
    const langs = this.langs;
    if (this.compact) return this.compactGrid?.render(view, this.data, m, langs) ?? nothing;
    const citations = new Map(this.data.citations.map((c) => [c.id, c]));
    const columns = view.options.length + 1;
    return html`
      <p class="intro">${m.gridIntro} ${m.moreIntro}</p>
      <ul class="key" part="options-key" aria-label=${m.optionsTitle}>
        ${view.options.map((o) => html`<li data-option=${o.id}><strong>${bidi(o.label, langs)}</strong>: ${bidi(o.brief ?? o.description, langs)}</li>`)}
      </ul>
      <table part="grid" role="table" aria-labelledby="tc-grid-caption">
        <caption id="tc-grid-caption" class="visually-hidden">${m.gridTitle}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${m.questionColumn}</th>
            ${view.options.map((o) => html`<th role="columnheader" scope="col" data-option=${o.id}>${bidi(columnName(o), langs)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${view.criteria.map((criterion, c) => {
            const open = this.openQuestions.has(criterion.id);
            const moreId = `tc-more-${c}`;
            return html`<tr role="row" data-criterion=${criterion.id}>
                <th role="rowheader" scope="row">
                  <span class="question">${bidi(criterion.question, langs)}</span>
                  <button
                    type="button"
                    class="more-toggle"
                    aria-expanded=${open ? 'true' : 'false'}
                    aria-controls=${open ? moreId : nothing}
                    @click=${() => this.toggleQuestion(criterion.id)}
                  >
                    ${m.more}<span class="visually-hidden">${bidi(m.moreFor(criterion.question), langs)}</span>
                  </button>
                </th>
                ${view.options.map((option, o) => this.renderCell(view, option, o, c))}
              </tr>
              ${
                open
                  ? html`<tr role="row" class="more-row" id=${moreId} part="more" data-more=${criterion.id}>
                      <td role="cell" colspan=${columns}>${view.options.map((_, o) => this.renderAnswer(view, o, c, citations))}</td>
                    </tr>`
                  : nothing
              }`;
          })}
        </tbody>
      </table>
    `;
  }

  /** Layer 1: the rating (dots, and words for screen readers) and the short answer. */
  private renderCell(view: View, option: LocalOption, o: number, c: number) {
    const criterion = view.criteria[c];
    const cell: LocalCell = view.cells[o][c];
    const m = this.messages;
    const fromCondition = view.condition?.cells[option.id]?.[criterion.id] !== undefined;
    const insufficient = isInsufficient(cell);
    const [low, high] = cell.range ?? [cell.score, cell.score];
    // Five dots in one template (not one template each): there are five per cell and many cells.
    // Not enough evidence: no dot is filled, all five are possible.
    const pip = (n: number) => (n <= cell.score && !insufficient ? 'on' : n >= low && n <= high ? 'maybe' : '');
    const words = insufficient ? m.notEnoughEvidence : low !== high ? m.ratingRange(cell.score, low, high) : m.rating(cell.score);
    return html`<td role="cell" part="cell" data-option=${option.id} data-criterion=${criterion.id}>
      <span class="who" aria-hidden="true">${bidi(columnName(option), this.langs)}</span>
      <span class="rating">
        <span class="pips" aria-hidden="true"
          ><span class="pip ${pip(1)}"></span><span class="pip ${pip(2)}"></span><span class="pip ${pip(3)}"></span
          ><span class="pip ${pip(4)}"></span><span class="pip ${pip(5)}"></span
        ></span>
        <span class=${insufficient ? 'rating-words' : 'visually-hidden'}>${words}</span>
      </span>
      <span class="short">${bidi(cell.short ?? cell.summary, this.langs)}</span>
      ${fromCondition && view.condition ? html`<span class="badge">${bidi(m.conditionSpecific(view.condition.label), this.langs)}</span>` : nothing}
    </td>`;
  }

  /** Layer 2: one option's full answer to an open question, with its sources (layer 3) closed. */
  private renderAnswer(view: View, o: number, c: number, citations: Map<string, Citation>) {
    const option = view.options[o];
    const criterion = view.criteria[c];
    const cell = view.cells[o][c];
    const m = this.messages;
    const langs = this.langs;
    const insufficient = isInsufficient(cell);
    const [low, high] = cell.range ?? [cell.score, cell.score];
    const key = `${option.id} ${criterion.id}`;
    const open = this.openSources.has(key);
    return html`<section class="answer" data-option=${option.id}>
      <h4>${bidi(option.label, langs)}</h4>
      <p class="facts">
        ${m.ratingLabel}: ${insufficient ? m.notEnoughEvidence : m.rating(cell.score)}.
        ${insufficient ? m.notEnoughEvidenceNote : low !== high ? m.range(low, high) : nothing}
      </p>
      <p>${bidi(cell.summary, langs)}</p>
      ${cell.detail ? html`<p>${bidi(cell.detail, langs)}</p>` : nothing} ${(cell.outcomes ?? []).map((outcome) => this.renderOutcome(outcome))}
      <p class="facts">${m.certainty(m.certaintyLevels[cell.certainty])}</p>
      <details part="cell-detail" ?open=${open} @toggle=${(event: Event) => this.onSourcesToggle(key, event)}>
        <summary>${m.detailsSummary}<span class="visually-hidden">${bidi(m.detailsFor(option.label, criterion.label), langs)}</span></summary>
        ${open ? this.renderSources(cell, citations) : nothing}
      </details>
    </section>`;
  }

  private renderSources(cell: LocalCell, citations: Map<string, Citation>) {
    return html`<ul class="sources">
      ${cell.citations.map((id) => {
        const citation = citations.get(id);
        return citation
          ? html`<li>${citationLink(citation, `${citation.authors} (${citation.year}): ${citation.title}`, this.messages)}</li>`
          : nothing;
      })}
    </ul>`;
  }

  private renderOutcome(outcome: LocalOutcome) {
    const m = this.messages;
    const langs = this.langs;
    return html`<div class="outcome">
      <p><strong>${bidi(outcome.label, langs)}</strong></p>
      <p>${bidi(m.outcomeLine(outcome.range ?? outcome.count, outcome.event), langs)}; ${bidi(m.outcomeOther(outcome.range ?? outcome.count, outcome.nonEvent), langs)}</p>
      ${outcome.comparison ? html`<p>${bidi(m.outcomeComparison(outcome.comparison.label, outcome.comparison.count), langs)}</p>` : nothing}
      <p class="muted facts">${bidi(m.outcomeWho(outcome.population, outcome.timeFrame), langs)}</p>
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
        .langs=${langs}
        .messages=${m.journey}
      ></tc-icon-array>
    </div>`;
  }
}
