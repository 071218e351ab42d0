import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/**
 * Look of `<tc-option-grid>`: the table (wide) or one block per question (40 em or narrower, by a
 * container query), the rating dots and the layers below. In em, not rem: the table needs room in
 * the widget's own font size, and a theme's larger text (Twenty Twenty-Three: 17.4 px in a 650 px
 * column) otherwise squeezed five option columns until words broke mid-way ("Medicine / s").
 */
export const optionGridStyles = [
  tokens,
  shared,
  css`
    :host {
      container-type: inline-size;
    }
    .intro {
      margin: 0 0 0.5em;
    }
    .key {
      margin: 0 0 var(--_gap);
      padding-inline-start: 1.1em;
    }
    .key li {
      margin: 0 0 0.25em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      table-layout: fixed;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.5em;
      vertical-align: top;
      text-align: start;
      overflow-wrap: break-word;
    }
    thead th {
      background: var(--_surface);
    }
    tbody th {
      font-weight: 600;
      background: var(--_surface);
    }
    thead th:first-child {
      width: 22%;
    }
    /* A size smaller than the prose: the grid is read by scanning, and each line saved is kept 35 times. */
    td[part~='cell'] {
      font-size: 0.9375em;
      line-height: 1.4;
    }
    .question {
      display: block;
    }
    .more-toggle {
      margin-top: 0.35em;
      min-height: var(--_target);
      min-width: var(--_target);
      font-weight: normal;
    }
    .more-toggle[aria-expanded='true'] {
      background: var(--_surface);
    }
    .who {
      display: none;
    }
    .rating {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2em 0.5em;
      margin: 0 0 0.25em;
    }
    .rating-words {
      font-size: 0.9em;
      font-weight: 600;
    }
    .short {
      display: block;
    }
    .pips {
      display: inline-flex;
      gap: 0.15em;
    }
    .pip {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border: 1.5px solid currentColor;
      border-radius: 50%;
    }
    .pip.on {
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .pip.maybe {
      border-style: dashed;
      border-color: var(--_accent);
    }
    .facts {
      font-size: 0.9em;
      margin: 0 0 0.3em;
    }
    .badge {
      display: inline-block;
      font-size: 0.85em;
      padding: 0.05em 0.5em;
      margin-top: 0.3em;
      border: 1px solid var(--_border);
      border-radius: 1em;
    }
    .more-row td {
      background: var(--_surface);
    }
    .answer {
      max-inline-size: 75ch;
      margin: 0 0 1em;
    }
    .answer h4 {
      margin: 0.5em 0 0.25em;
    }
    .outcome {
      margin: 0.5em 0;
    }
    .sources {
      margin: 0.25em 0 0;
      padding-inline-start: 1.2em;
    }
    /* Narrow: one block per question, the options as five rows (name, dots; then the short answer).
       In em, so a site's larger text stacks it sooner; the compact grid (counselor mode, 18 px) has
       its own breakpoint in option-grid.compact.styles.ts. */
    @container (max-width: 40em) {
      :host(:not([compact])) thead {
        position: absolute;
        clip-path: inset(50%);
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
      :host(:not([compact])) :is(table, tbody, tr, th, td) {
        display: block;
        width: auto;
      }
      :host(:not([compact])) tbody th {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5em;
        border-bottom: none;
        margin-top: 0.5em;
        padding-block: 0.25em;
      }
      .more-toggle {
        margin: 0;
        flex: none;
      }
      /* Tighter when narrow: 35 rows at 3 lines or at 2 is a screen's difference. */
      :host(:not([compact])) td[part~='cell'],
      .key {
        font-size: 0.9375em;
        line-height: 1.35;
      }
      /* The name, then the short answer flowing under the dots, which float to the line's end. */
      :host(:not([compact])) td[part~='cell'] {
        border-top: none;
        border-bottom: none;
        padding: 0.2em 0.5em;
      }
      :host(:not([compact])) tr > td[part~='cell']:last-child {
        border-bottom: 1px solid var(--_border);
        padding-bottom: 0.5em;
      }
      .who {
        display: inline;
        font-weight: 600;
        margin-inline-end: 0.4em;
      }
      .rating {
        float: inline-end;
        margin: 0.25em 0 0 0.5em;
      }
      .short {
        display: inline;
      }
      /* Narrow: the list of options uses the whole width (no bullets). */
      .key {
        list-style: none;
        padding: 0;
      }
      .badge {
        display: table;
      }
      .more-row td {
        border-top: none;
      }
    }
    @media (forced-colors: active) {
      .pip.on {
        forced-color-adjust: none;
        background: CanvasText;
        border-color: CanvasText;
      }
      .pip,
      .pip.maybe {
        border-color: CanvasText;
      }
    }
    @media print {
      td,
      th {
        break-inside: avoid;
      }
      /* Closed details would print as a bare "Details and sources"; every source is listed under About. */
      details:not([open]) {
        display: none;
      }
    }
  `,
];
