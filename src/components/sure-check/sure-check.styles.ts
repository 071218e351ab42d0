import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';
import { choiceStyles } from '../../styles/choices.js';

/** Look of `<tc-sure-check>`: the journey's shared radio groups and the note. */
export const sureCheckStyles = [
  tokens,
  shared,
  choiceStyles,
  css`
    .note {
      border-inline-start: 4px solid var(--_accent);
      padding: 0.25em 0 0.25em 0.9em;
    }
    .note ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    @media (forced-colors: active) {
      .note {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
