import { html, svg, nothing, type PropertyValues } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property, state } from 'lit/decorators.js';
import { ticks } from 'd3-array';
import { englishMessages, fitNumber, type Messages } from '../../i18n/index.js';
import type { FitResult, LocalCriterion, LocalOption } from '../../model/index.js';
import { SERIES_COUNT } from '../../styles/tokens.js';
import { fitChartStyles } from './fit-chart.styles.js';
import { isolate } from '../../i18n/bidi.js';
import { bidi } from '../../i18n/bidi-render.js';

/** The summary read out for the chart's role="img": every option's fit, in dataset order. */
export function chartSummary(options: readonly LocalOption[], fit: FitResult, messages: Messages = englishMessages): string {
  const byId = new Map(fit.fits.map((f) => [f.optionId, f.fit]));
  return messages.chartSummary(options.map((o) => messages.chartPart(o.label, fitNumber(byId.get(o.id) ?? 0))));
}

let measureContext: CanvasRenderingContext2D | null | undefined;
let measureFont = '';
/** Measured text widths by font, then text: the labels are wrapped again on every slider move. */
const widthCache = new Map<string, Map<string, number>>();
const WIDTH_CACHE_LIMIT = 5000;

/** A text-width function for `font`: the canvas (cached), or an estimate when there is no canvas or `estimate` is set. */
function textWidth(font: string, estimate: boolean): (text: string) => number {
  if (!estimate) measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (estimate || !ctx) {
    // An average character is about half an em wide.
    const size = parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '16');
    return (text) => text.length * size * 0.55;
  }
  let widths = widthCache.get(font);
  if (!widths || widths.size > WIDTH_CACHE_LIMIT) {
    widths = new Map();
    widthCache.set(font, widths);
  }
  const cache = widths;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      // Setting the canvas font parses it (and the canvas rewrites the string), so keep our own copy.
      if (measureFont !== font) {
        ctx.font = font;
        measureFont = font;
      }
      width = ctx.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * Splits text into lines no wider than `maxWidth` px in `font` (a word longer than that gets its own line).
 * With `estimate`, widths are estimated from the character count: the first measure of a font on a
 * page costs milliseconds, which a provisional render need not pay.
 */
export function wrapText(text: string, maxWidth: number, font: string, estimate = false): string[] {
  const measure = textWidth(font, estimate);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Above this many segments (options x criteria) a chart is too heavy to redraw on every move of a
 * drag: each segment is an SVG shape the browser lays out and paints again, and a glide animates
 * every one of them on every frame. At 20 x 20 that made 70-90 ms frames (issue #14, item 8);
 * 12 x 12 (144) still drew every move within a frame budget.
 */
export const MANY_SEGMENTS = 150;

/**
 * Stacked horizontal bars: one bar per option in the dataset's order (never sorted by fit), one
 * segment per criterion's contribution, on a 0-100 axis. D3 computes the tick values; rows are
 * evenly stacked. Lit renders every node through `svg` templates, with geometry in SVG attributes
 * only (no style attributes, for a strict Content-Security-Policy).
 *
 * With more than `MANY_SEGMENTS` segments the segments do not glide, and while a slider is dragged
 * (`moving`) each bar shows its total in one shape; the segments come back when the slider rests.
 *
 * The SVG is role="img" with a generated summary; a legend names each segment by number and
 * label (not by colour alone), and the same numbers are in a real table.
 *
 * @csspart chart - the SVG
 * @csspart legend - the legend list
 * @csspart table - the table of numbers (rendered only while its details element is open)
 * @csspart chart-empty - the message shown when no slider is above 0
 * @tagname tc-fit-chart
 */
export class FitChart extends TextPart {
  static override styles = fitChartStyles;

  /** The options shown, in dataset order. */
  @property({ attribute: false }) options: readonly LocalOption[] = [];

  /** The criteria, in dataset order (one segment each). */
  @property({ attribute: false }) criteria: readonly LocalCriterion[] = [];

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /** The model's fit result; the chart only draws it. */
  @property({ attribute: false }) fit?: FitResult;

  /** A slider is being dragged (set by the root): with many segments, each bar shows its total meanwhile. */
  @property({ attribute: false }) moving = false;

  /**
   * Measured width in px, so text keeps the page's size (no scaling viewBox). 0 until the
   * ResizeObserver reports it: the first render uses a default width instead of forcing a
   * synchronous layout of the whole page to measure.
   */
  @state() private width = 0;
  @state() private em = 16;
  @state() private fontFamily = 'sans-serif';
  /** Whether the table of numbers is open: its rows are only rendered then (it is closed at first). */
  @state() private tableOpen = false;

  private observer?: ResizeObserver;
  private frame = 0;
  /** Segments glide when the fits change, but snap when the size or font does (such as the first measurement). */
  private glide = false;
  /** Each bar drawn as its total alone: many segments while a slider is dragged. */
  private totalsOnly = false;
  /** The fit the segments show: kept as it was while only totals are drawn, so their shapes are not touched. */
  private segmentsFit?: FitResult;

  override connectedCallback() {
    super.connectedCallback();
    // The observer reports once after the first layout (without forcing one), then on every resize.
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      // Styles are up to date while the observer runs, so reading the font here costs no extra style pass.
      const style = getComputedStyle(this);
      const em = parseFloat(style.fontSize) || 16;
      const fontFamily = style.fontFamily || this.fontFamily;
      // Re-render in the next frame, not inside the observer's callback (the new height would
      // otherwise trigger a "ResizeObserver loop" error).
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width !== this.width) this.width = width;
        if (em !== this.em) this.em = em;
        if (fontFamily !== this.fontFamily) this.fontFamily = fontFamily;
      });
    });
    this.observer.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  protected override willUpdate(changed: PropertyValues) {
    const many = this.options.length * this.criteria.length > MANY_SEGMENTS;
    this.glide = !many && !(changed.has('width') || changed.has('em') || changed.has('fontFamily'));
    this.totalsOnly = many && this.moving && this.segmentsFit !== undefined;
    if (!this.totalsOnly) this.segmentsFit = this.fit;
  }

  override render() {
    const fit = this.fit;
    if (!fit) return nothing;
    if (fit.status === 'no-priorities') {
      return html`<p class="empty" part="chart-empty">${this.messages.chartNoPriorities}</p>`;
    }
    return html`${this.renderSvg(fit)}${this.renderLegend()}${this.renderTable(fit)}`;
  }

  private renderSvg(fit: FitResult) {
    const em = this.em;
    const width = Math.max(this.width || 600, 120);
    const left = em * 0.75;
    const right = em * 0.9;
    const inner = width - left - right;
    const lineHeight = em * 1.25;
    const byId = new Map(fit.fits.map((f) => [f.optionId, f]));
    // The segments' fit is the shown one unless only totals are drawn (see `willUpdate`).
    const segmentsById = this.totalsOnly && this.segmentsFit ? new Map(this.segmentsFit.fits.map((f) => [f.optionId, f])) : byId;
    // Labels wrap to the chart's width, so a phone never scrolls sideways; every row gets the
    // same number of label lines so the rows stay even. Until the observer has measured the
    // width and read the font, the render is provisional: estimate rather than measure.
    const estimate = !this.width;
    const labelFont = `600 ${em}px ${this.fontFamily}`;
    const labels = this.options.map((o) =>
      wrapText(`${isolate(o.label)}: ${this.messages.chartOfHundred(fitNumber(byId.get(o.id)?.fit ?? 0))}`, inner, labelFont, estimate),
    );
    const labelLines = Math.max(1, ...labels.map((l) => l.length));
    const barTop = labelLines * lineHeight + em * 0.3;
    const barHeight = em * 1.6;
    const row = barTop + barHeight + em * 0.9;
    const axisY = this.options.length * row - em * 0.3;
    const axisTitle = wrapText(this.messages.chartAxis, inner, `${em * 0.8}px ${this.fontFamily}`, estimate);
    const height = Math.ceil(axisY + em * 1.6 + axisTitle.length * em + em * 0.6);
    const x = (value: number) => left + (Math.max(0, Math.min(100, value)) / 100) * inner;
    const axisTicks = ticks(0, 100, 5);

    const svgClass = [this.glide && 'glide', this.totalsOnly && 'totals-only'].filter(Boolean).join(' ');
    return html`<svg part="chart" class=${svgClass || nothing} role="img" aria-labelledby="chart-title chart-desc" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      <title id="chart-title">${this.messages.chartTitle}</title>
      <desc id="chart-desc">${chartSummary(this.options, fit, this.messages)}</desc>
      ${axisTicks.map(
        (t) => svg`<line class="tick" x1=${x(t)} x2=${x(t)} y1=${axisY - em * 0.5} y2=${axisY - em * 0.1}></line>
          <text class="tick-label" x=${x(t)} y=${axisY + em * 0.9} text-anchor="middle">${this.messages.number(t)}</text>`,
      )}
      <text class="axis-title" x=${left} y=${axisY + em * 2.3}>
        ${axisTitle.map((line, i) => svg`<tspan x=${left} dy=${i === 0 ? 0 : em}>${line}</tspan>`)}
      </text>
      ${this.options.map((option, o) => {
        const result = segmentsById.get(option.id);
        const top = o * row;
        const y = top + barTop;
        let start = 0;
        return svg`<g class="bar" data-option=${option.id}>
          <text class="option-label" x=${left} y=${top + em + (labelLines - labels[o].length) * lineHeight}>
            ${labels[o].map((line, i) => svg`<tspan x=${left} dy=${i === 0 ? 0 : lineHeight}>${line}</tspan>`)}
          </text>
          <rect class="track" x=${left} y=${y} width=${inner} height=${barHeight}></rect>
          <path class="grid" d=${axisTicks.map((t) => `M${x(t)} ${y}V${y + barHeight}`).join('')}></path>
          ${this.totalsOnly ? svg`<rect class="total" x=${left} y=${y} width=${x(byId.get(option.id)?.fit ?? 0) - left} height=${barHeight}></rect>` : nothing}
          ${this.criteria.map((criterion, c) => {
            const value = result?.contributions[c] ?? 0;
            const x0 = x(start);
            start += value;
            const w = x(start) - x0;
            if (value <= 0 || w <= 0) return nothing;
            return svg`<rect class="seg s${c % SERIES_COUNT}" data-criterion=${criterion.id} x=${x0} y=${y} width=${w} height=${barHeight}>
                <title>${this.messages.segmentTitle(criterion.question, fitNumber(value), option.label)}</title>
              </rect>
              ${
                w >= em * 1.3
                  ? svg`<text class="seg-label" x=${x0 + w / 2} y=${y + barHeight / 2} text-anchor="middle" dominant-baseline="central">${this.messages.number(c + 1)}</text>`
                  : nothing
              }`;
          })}
        </g>`;
      })}
    </svg>`;
  }

  private renderLegend() {
    return html`<p class="muted">${this.messages.legendTitle}</p>
      <ol class="legend" part="legend">
        ${this.criteria.map(
          (criterion, c) =>
            html`<li><span class="swatch s${c % SERIES_COUNT}" aria-hidden="true">${this.messages.number(c + 1)}</span>${bidi(criterion.question, this.langs)}</li>`,
        )}
      </ol>`;
  }

  private renderTable(fit: FitResult) {
    return html`<details ?open=${this.tableOpen} @toggle=${this.onTableToggle}>
      <summary>${this.messages.tableSummary}</summary>
      ${this.tableOpen ? this.renderTableBody(fit) : nothing}
    </details>`;
  }

  // The toggle event comes after the change (user or code), so read the element's state then.
  private onTableToggle = (event: Event) => {
    this.tableOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private renderTableBody(fit: FitResult) {
    const m = this.messages;
    const byId = new Map(fit.fits.map((f) => [f.optionId, f]));
    return html`<div class="scroll" role="region" aria-label=${this.messages.tableCaption} tabindex="0">
      <table part="table">
        <caption>${this.messages.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${this.messages.tableOption}</th>
            ${this.criteria.map((c) => html`<th scope="col">${bidi(c.question, this.langs)}</th>`)}
            <th scope="col">${this.messages.tableTotal}</th>
          </tr>
        </thead>
        <tbody>
          ${this.options.map((option) => {
            const result = byId.get(option.id);
            return html`<tr data-option=${option.id}>
              <th scope="row">${bidi(option.label, this.langs)}</th>
              ${this.criteria.map((_, c) => html`<td>${m.number(fitNumber(result?.contributions[c] ?? 0))}</td>`)}
              <td>${m.number(fitNumber(result?.fit ?? 0))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
