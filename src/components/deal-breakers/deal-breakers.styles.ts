import { css } from 'lit';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';
import { choiceStyles } from '../../styles/choices.js';

/** Look of `<tc-deal-breakers>`: the set-aside checkboxes and the person's own concern (its name and a 1-5 rating per option). */
export const dealBreakersStyles = [
  tokens,
  shared,
  choiceStyles,
  fieldStyles,
  css`
    .concern-name,
    .rating {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-bottom: 0.5em;
    }
    input[type='text'] {
      flex: 1 1 14rem;
    }
    label.choice input[type='checkbox'] {
      width: 1.25em;
      height: 1.25em;
      accent-color: var(--_accent);
    }
  `,
];
