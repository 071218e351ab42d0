/**
 * The compact Option Grid for counselor mode (`<tc-option-grid compact>`): the questions by the
 * options with ratings only, small enough to share one screen with the priorities and the result.
 * Each rating is a button that opens that option's answer in place, in a popover (the top layer:
 * nothing in the page moves): the short answer, the full answer, outcomes as natural frequencies,
 * how strong the research is in plain words, and the sources. Escape, a click elsewhere or the
 * close button closes it, and focus goes back to the rating it came from.
 *
 * A controller of the grid element, so the patient layout in option-grid.ts stays as it is. It loads
 * with counselor mode's layout (never on a patient page), which hands it to the grid as
 * `compactLayout`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/index.js';
import {
  isInsufficient,
  type Citation,
  type ComparisonView,
  type LocalCell,
  type LocalDataset,
  type LocalOutcome,
  type TextLangs,
} from '../../model/index.js';
import { citationLink } from '../about-evidence/citation-link.js';
import { bidi } from '../../i18n/bidi-render.js';
import { isolate } from '../../i18n/bidi.js';
import { compactGridStyles } from './option-grid.compact.styles.js';

type View = ComparisonView<LocalDataset>;

/** The open cell, by option and criterion id. */
interface OpenCell {
  option: string;
  criterion: string;
}

const POPOVER_ID = 'tc-cell-popover';

/** What the controller needs of its element. */
export interface CompactGridHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CompactGrid implements ReactiveController {
  /** The cell whose popover is open (or about to open). */
  private open?: OpenCell;

  constructor(private readonly host: CompactGridHost) {
    host.addController(this);
  }

  hostDisconnected() {
    this.open = undefined;
  }

  private get panel() {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${POPOVER_ID}`);
  }

  private button(cell: OpenCell) {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('button.cell-button')].find(
      (b) => b.dataset.option === cell.option && b.dataset.criterion === cell.criterion,
    );
  }

  /** A rating was pressed: open its answer, or close it when it is the one open. */
  private async toggle(cell: OpenCell) {
    const panel = this.panel;
    const isOpen = panel?.matches(':popover-open') ?? false;
    if (isOpen && this.open?.option === cell.option && this.open.criterion === cell.criterion) {
      panel?.hidePopover();
      return;
    }
    this.open = cell;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const source = this.button(cell);
    const shown = this.panel;
    if (!shown || !source) return;
    if (!shown.matches(':popover-open')) {
      // `source` ties the popover to its rating (focus goes back to it; a click on it is not "outside");
      // a browser that does not know the option ignores it.
      const show: (options?: { source?: HTMLElement }) => void = shown.showPopover.bind(shown);
      show({ source });
    }
    shown.focus({ preventScroll: true });
  }

  /** Closing by Escape, a click elsewhere or the close button: forget the cell, and give focus back if it was inside. */
  private onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    const closed = this.open;
    this.open = undefined;
    this.host.requestUpdate();
    if (!closed) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement;
    const panel = this.panel;
    // Focus inside the closed panel, or nowhere: back to the rating. Elsewhere (a click on another control): leave it.
    if (!active || (panel && panel.contains(active)) || active === panel) this.button(closed)?.focus();
  };

  private close = () => this.panel?.hidePopover();

  render(view: View, data: LocalDataset, m: Messages, langs?: TextLangs) {
    const citations = new Map(data.citations.map((c) => [c.id, c]));
    const open = this.open;
    return html`
      <table part="grid" role="table" class="compact-grid" aria-labelledby="tc-grid-caption" data-options=${view.options.length}>
        <caption id="tc-grid-caption" class="visually-hidden">${m.gridTitle}. ${m.compactIntro}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col" class="question-head"><span class="visually-hidden">${m.questionColumn}</span></th>
            ${view.options.map((o) => html`<th role="columnheader" scope="col" data-option=${o.id}>${bidi(o.shortLabel ?? o.label, langs)}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${view.criteria.map(
            (criterion, c) => html`<tr role="row" data-criterion=${criterion.id}>
              <th role="rowheader" scope="row">${bidi(criterion.question, langs)}</th>
              ${view.options.map((option, o) => {
                const cell = view.cells[o][c];
                const isOpen = open?.option === option.id && open.criterion === criterion.id;
                return html`<td role="cell" part="cell" data-option=${option.id} data-criterion=${criterion.id}>
                  <button
                    type="button"
                    class="cell-button ${isOpen ? 'anchor' : ''}"
                    data-option=${option.id}
                    data-criterion=${criterion.id}
                    aria-haspopup="dialog"
                    aria-expanded=${isOpen ? 'true' : 'false'}
                    aria-controls=${POPOVER_ID}
                    aria-label=${m.cellDetails(option.shortLabel ?? option.label, criterion.label, ratingWords(cell, m))}
                    @click=${() => void this.toggle({ option: option.id, criterion: criterion.id })}
                  >
                    <span class="who" aria-hidden="true">${bidi(option.shortLabel ?? option.label, langs)}</span>${pips(cell)}${isInsufficient(cell) ? html`<span class="rating-words" aria-hidden="true">?</span>` : nothing}
                  </button>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <div
        id=${POPOVER_ID}
        class="cell-popover"
        part="cell-popover"
        popover="auto"
        role="dialog"
        tabindex="-1"
        aria-labelledby="tc-cell-popover-title"
        @toggle=${this.onToggle}
      >
        ${open ? this.renderDetail(view, open, citations, m, langs) : nothing}
      </div>
    `;
  }

  /** One option's answer to one question: every layer of the patient grid, in one panel. */
  private renderDetail(view: View, open: OpenCell, citations: Map<string, Citation>, m: Messages, langs?: TextLangs) {
    const o = view.options.findIndex((x) => x.id === open.option);
    const c = view.criteria.findIndex((x) => x.id === open.criterion);
    if (o < 0 || c < 0) return nothing;
    const option = view.options[o];
    const criterion = view.criteria[c];
    const cell = view.cells[o][c];
    const insufficient = isInsufficient(cell);
    const [low, high] = cell.range ?? [cell.score, cell.score];
    const fromCondition = view.condition?.cells[option.id]?.[criterion.id] !== undefined;
    return html`<div class="popover-head">
        <h4 id="tc-cell-popover-title"><span class="popover-option">${bidi(option.label, langs)}</span> <span class="popover-question">${bidi(criterion.question, langs)}</span></h4>
        <button type="button" class="popover-close" @click=${this.close}>${m.closeDetails}</button>
      </div>
      <p class="facts">
        <span class="pips-line" aria-hidden="true">${pips(cell)}</span>
        ${m.ratingLabel}: ${insufficient ? m.notEnoughEvidence : m.rating(cell.score)}.
        ${insufficient ? m.notEnoughEvidenceNote : low !== high ? m.range(low, high) : nothing}
      </p>
      ${cell.short ? html`<p class="short"><strong>${bidi(cell.short, langs)}</strong></p>` : nothing}
      <p>${bidi(cell.summary, langs)}</p>
      ${cell.detail ? html`<p>${bidi(cell.detail, langs)}</p>` : nothing} ${(cell.outcomes ?? []).map((outcome) => renderOutcome(outcome, m, langs))}
      ${fromCondition && view.condition ? html`<p class="facts">${bidi(m.conditionSpecific(view.condition.label), langs)}</p>` : nothing}
      <p class="facts">${m.certainty(m.certaintyLevels[cell.certainty])}</p>
      <h5>${m.sources}</h5>
      <ul class="sources">
        ${cell.citations.map((id) => {
          const citation = citations.get(id);
          return citation
            ? html`<li>${citationLink(citation, `${citation.authors} (${citation.year}): ${citation.title}`, m)}</li>`
            : nothing;
        })}
      </ul>`;
  }
}

/** The rating in words, as the button's name says it. */
function ratingWords(cell: LocalCell, m: Messages) {
  if (isInsufficient(cell)) return m.notEnoughEvidence;
  const [low, high] = cell.range ?? [cell.score, cell.score];
  return low !== high ? m.ratingRange(cell.score, low, high) : m.rating(cell.score);
}

/** Five dots: filled up to the score, dashed where the research also allows; none filled without enough evidence. */
function pips(cell: LocalCell) {
  const insufficient = isInsufficient(cell);
  const [low, high] = cell.range ?? [cell.score, cell.score];
  const pip = (n: number) => (n <= cell.score && !insufficient ? 'on' : n >= low && n <= high ? 'maybe' : '');
  return html`<span class="pips" aria-hidden="true"
    ><span class="pip ${pip(1)}"></span><span class="pip ${pip(2)}"></span><span class="pip ${pip(3)}"></span><span class="pip ${pip(4)}"></span
    ><span class="pip ${pip(5)}"></span
  ></span>`;
}

/** An outcome in natural frequencies, in words (the icon arrays are in the patient view). */
function renderOutcome(outcome: LocalOutcome, m: Messages, langs?: TextLangs) {
  return html`<div class="outcome">
    <p>
      <strong>${bidi(isolate(outcome.label), langs)}:</strong> ${bidi(m.outcomeLine(outcome.range ?? outcome.count, outcome.event), langs)};
      ${bidi(m.outcomeOther(outcome.range ?? outcome.count, outcome.nonEvent), langs)}
    </p>
    ${outcome.comparison ? html`<p>${bidi(m.outcomeComparison(outcome.comparison.label, outcome.comparison.count), langs)}</p>` : nothing}
    <p class="facts">${bidi(m.outcomeWho(outcome.population, outcome.timeFrame), langs)}</p>
  </div>`;
}

/** What `<tc-option-grid compact>` needs, handed over by counselor mode's layout: the controller and its styles. */
export const compactGridLayout = { CompactGrid, styles: compactGridStyles };
export type CompactGridLayout = typeof compactGridLayout;
