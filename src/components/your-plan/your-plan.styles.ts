import { css } from 'lit';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-your-plan>`: the editable questions, one row each, and the notes. */
export const yourPlanStyles = [
  tokens,
  shared,
  fieldStyles,
  css`
    ol {
      padding-inline-start: 0;
      list-style: none;
      margin: 0 0 0.75em;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-bottom: 0.5em;
    }
    li label {
      flex: 0 0 auto;
      font-weight: 600;
    }
    li input {
      flex: 1 1 16rem;
      min-width: 0;
    }
    textarea {
      display: block;
      width: 100%;
      min-height: 6em;
      resize: vertical;
    }
    .notes label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25em;
    }
    @media (forced-colors: active) {
      input,
      textarea {
        border-color: CanvasText;
      }
    }
  `,
];
