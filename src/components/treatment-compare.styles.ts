import { css } from 'lit';
import { shared, tokens } from '../styles/tokens.js';

/** Layout of the root element. Fits its container (container queries), not the viewport. */
export const rootStyles = [
  tokens,
  shared,
  css`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.5;
      overflow-wrap: break-word;
    }
    :host([hidden]) {
      display: none;
    }
    article {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
    }
    section {
      min-width: 0;
    }
    .decision .label {
      font-weight: 600;
    }
    .question {
      font-size: 1.1em;
    }
    .not-advice {
      border-inline-start: 4px solid var(--_accent);
      padding: 0.3em 0 0.3em 0.8em;
      font-weight: 600;
    }
    .warning,
    .error {
      border: 2px solid var(--_warning);
      border-radius: var(--_radius);
      padding: 0.6em 0.9em;
    }
    .warning {
      font-weight: 600;
    }
    .error ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.2em;
    }
    .error li {
      overflow-wrap: anywhere;
    }
    .status:empty {
      display: none;
    }
    .loading {
      padding: var(--_gap);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      margin: 0;
    }
    .condition {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 0.75em;
      margin: 0 0 0.75em;
    }
    .condition label {
      font-weight: 600;
    }
    .condition-note {
      padding: 0.5em 0.8em;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    .weigh {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 56rem) {
      .weigh {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        align-items: start;
      }
      .results {
        position: sticky;
        top: var(--_gap);
      }
    }
    @media (forced-colors: active) {
      .warning,
      .error,
      .not-advice {
        border-color: CanvasText;
      }
    }
    @media print {
      :host {
        font-size: 11pt;
      }
      .results {
        position: static;
      }
      .condition select {
        border: none;
        appearance: none;
        padding: 0;
      }
      section {
        break-inside: auto;
      }
    }
  `,
];
