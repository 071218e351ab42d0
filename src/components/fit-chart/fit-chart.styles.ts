import { css, unsafeCSS } from 'lit';
import { SERIES_COUNT, shared, tokens } from '../../styles/tokens.js';

/** One rule per series colour (`s0` .. `s6`), filled from the tokens. */
const seriesRules = Array.from(
  { length: SERIES_COUNT },
  (_, i) => `.s${i} { fill: var(--_series-${i + 1}); background: var(--_series-${i + 1}); }`,
).join('\n');

/** Look of `<tc-fit-chart>`: the SVG bars, the legend, the table of numbers and the empty message, with one class per series colour (`s0` .. `s6`). */
export const fitChartStyles = [
  tokens,
  shared,
  css`
    svg {
      display: block;
      width: 100%;
      overflow: visible;
    }
    svg text {
      fill: currentColor;
    }
    .track {
      fill: var(--_surface);
      stroke: var(--_border);
      stroke-width: 1;
    }
    .grid {
      stroke: var(--_border);
      stroke-dasharray: 2 3;
    }
    .tick {
      stroke: currentColor;
    }
    .seg {
      stroke: Canvas;
      stroke-width: 1.5;
    }
    /* While many segments would be redrawn on every move of a drag, each bar shows its total; the
       segments stay as they were, hidden (not laid out or painted again) until the slider rests. */
    .total {
      fill: var(--_control-border);
    }
    .totals-only .seg,
    .totals-only .seg-label {
      visibility: hidden;
    }
    svg text.seg-label {
      fill: #000;
      stroke: #fff;
      stroke-width: 3px;
      paint-order: stroke;
      font-size: 0.75em;
      font-weight: 700;
    }
    .option-label {
      font-weight: 600;
    }
    .tick-label,
    .axis-title {
      font-size: 0.8em;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.5em 0 var(--_gap);
      padding: 0;
      list-style: none;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    .swatch {
      display: inline-grid;
      place-items: center;
      min-width: 1.6em;
      height: 1.6em;
      border-radius: 0.25em;
      border: 1px solid var(--_border);
      color: #000;
      font-size: 0.8em;
      font-weight: 700;
    }
    .scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: 0.5em;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.3em 0.6em;
      text-align: end;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
    .empty {
      padding: var(--_gap);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    @media (prefers-reduced-motion: no-preference) {
      .glide .seg {
        transition:
          x 0.15s ease-out,
          width 0.15s ease-out;
      }
    }
    @media (forced-colors: active) {
      svg rect.seg {
        fill: Canvas;
        stroke: CanvasText;
      }
      svg rect.total {
        fill: CanvasText;
      }
      .legend .swatch {
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
        border-color: CanvasText;
      }
      svg text.seg-label {
        fill: CanvasText;
        stroke: none;
      }
      svg .track,
      svg .grid,
      svg .tick {
        stroke: CanvasText;
      }
    }
    @media print {
      .seg {
        stroke: #fff;
      }
    }
  `,
  // One class per series colour (s0 .. s6), filled from the tokens.
  unsafeCSS(seriesRules),
];
