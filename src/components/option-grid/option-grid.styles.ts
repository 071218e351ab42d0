import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-option-grid>`: the table (wide) or the cards (600 px or narrower, chosen by a container query; the table when printing), the rating dots and the cell details. */
export const optionGridStyles = [
  tokens,
  shared,
  css`
    :host {
      container-type: inline-size;
    }
    .options {
      margin: 0 0 var(--_gap);
    }
    .options dt {
      font-weight: 600;
    }
    .options dd {
      margin: 0 0 0.5em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      table-layout: fixed;
    }
    th,
    td {
      border: 1px solid var(--_border);
      padding: 0.6em;
      vertical-align: top;
      text-align: start;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    thead th {
      background: var(--_surface);
    }
    tbody th {
      font-weight: 600;
      background: var(--_surface);
    }
    .summary {
      margin-bottom: 0.5em;
    }
    .score {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.2em 0.5em;
      margin: 0 0 0.3em;
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
      padding: 0.1em 0.5em;
      border: 1px solid var(--_border);
      border-radius: 1em;
      margin: 0 0 0.3em;
    }
    .outcome {
      margin: 0.5em 0;
    }
    .sources {
      margin: 0.25em 0 0;
      padding-inline-start: 1.2em;
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 0.75em;
      margin: 0 0 0.5em;
    }
    .card-summary {
      font-weight: 600;
      font-size: 1.1em;
      width: auto;
    }
    .card dl {
      margin: 0 0 0.75em;
    }
    .card dt {
      font-weight: 600;
      border-top: 1px solid var(--_border);
      padding-top: 0.6em;
      margin-top: 0.6em;
    }
    .card dd {
      margin: 0.3em 0 0;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .narrow {
      display: none;
    }
    @container (max-width: 600px) {
      .wide,
      .options {
        display: none;
      }
      .narrow {
        display: block;
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
      .narrow {
        display: none;
      }
      .wide,
      .options {
        display: block;
      }
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
