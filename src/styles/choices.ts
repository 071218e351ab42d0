import { css } from 'lit';

/** Shared look of the journey's radio groups (also used by tc-decision-stage). */
export const choiceStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_gap);
    padding: 0.5em 1em 0.75em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .choices.stacked {
    flex-direction: column;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  label.choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
`;
