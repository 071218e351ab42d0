import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-priority-sliders>`: one touch-sized range input per criterion, with its words; the inputs and the reset button are not printed. */
export const prioritySlidersStyles = [
  tokens,
  shared,
  css`
    .list {
      display: grid;
      gap: calc(var(--_gap) * 0.75);
      margin: 0 0 var(--_gap);
      padding: 0;
      list-style: none;
    }
    .slider {
      display: grid;
      grid-template-columns: 1fr;
      padding: 0.5em 0.75em 0.4em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    label {
      font-weight: 600;
    }
    input[type='range'] {
      width: 100%;
      min-width: 0;
      height: var(--_target);
      margin: 0;
      accent-color: var(--_accent);
      cursor: pointer;
      background: transparent;
    }
    .ends {
      margin-top: -0.35em;
      display: flex;
      justify-content: space-between;
      gap: 0.5em;
      font-size: 0.85em;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 1em;
    }
    .value {
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      input[type='range'] {
        accent-color: Highlight;
      }
      .slider {
        border-color: CanvasText;
      }
    }
    @media print {
      input[type='range'],
      .ends,
      button {
        display: none;
      }
      .slider {
        break-inside: avoid;
      }
    }
  `,
];
