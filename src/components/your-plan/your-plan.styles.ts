import { css } from 'lit';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';

/**
 * Look of `<tc-your-plan>`: the editable questions, one row each, and the notes. A question's text
 * area grows with its text (`field-sizing: content`); where that is not supported it starts two
 * lines tall and can be made taller by hand.
 */
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
    li textarea {
      flex: 1 1 16rem;
      min-width: 0;
      resize: vertical;
    }
    textarea.question {
      field-sizing: content;
      /* Never shorter than a touch target, nor than one line of text and its padding. */
      min-block-size: max(var(--_target), calc(1lh + 0.8em + 2px));
      max-block-size: 12lh;
    }
    @supports not (field-sizing: content) {
      textarea.question {
        min-block-size: calc(2lh + 0.8em + 2px);
      }
    }
    #notes {
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
      textarea {
        border-color: CanvasText;
      }
    }
  `,
];
