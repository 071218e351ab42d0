import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-how-sure>`: the readout, set off by a bar on its starting side. */
export const howSureStyles = [
  tokens,
  shared,
  css`
    .readout {
      border-inline-start: 4px solid var(--_accent);
      padding: 0.25em 0 0.25em 0.9em;
    }
    .readout p:last-child {
      margin-bottom: 0;
    }
    .lead {
      font-weight: 600;
    }
    @media (forced-colors: active) {
      .readout {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
