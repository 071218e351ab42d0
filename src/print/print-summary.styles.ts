import { css } from 'lit';

/**
 * The printed summary's look (see print-summary.ts): hidden on screen, one compact page in print
 * (the root's print rules show it). Part of the root's styles.
 */
export const summaryStyles = css`
    .summary {
      display: none;
    }
    .summary table {
      border-collapse: collapse;
      width: 100%;
    }
    .summary-grid th,
    .summary-grid td {
      border: 1px solid currentColor;
      padding: 0.2em 0.4em;
      text-align: start;
      vertical-align: top;
    }
    .summary h2 {
      margin: 0.4em 0 0;
    }
    .summary h3 {
      margin: 0.6em 0 0.15em;
      font-size: 1.05em;
    }
    .summary p,
    .summary ul,
    .summary ol,
    .summary dl {
      margin: 0 0 0.3em;
    }
    .summary dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0 0.75em;
    }
    .summary dt {
      font-weight: 600;
    }
    .summary dd {
      margin: 0;
    }
    .summary ul,
    .summary ol {
      padding-inline-start: 1.2em;
    }
    .summary-columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0 1.5em;
    }
    .summary-bars th,
    .summary-bars td {
      padding: 0.05em 0.4em 0.05em 0;
      text-align: start;
      font-weight: normal;
      white-space: nowrap;
    }
    .summary-bars .bar-cell {
      width: 40%;
    }
    .summary-bar {
      display: block;
      width: 100%;
      height: 0.7em;
    }
    .summary-bar rect {
      fill: #000;
    }
    .summary-bar rect.track {
      fill: #fff;
      stroke: #000;
      stroke-width: 0.5;
    }
    .summary-not-advice {
      font-weight: 600;
    }
    .summary-notes {
      white-space: pre-wrap;
    }
    .summary-evidence-pages {
      break-before: page;
    }
`;
