import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-about-evidence>`: the facts as a two-column list (one column when narrow) and the numbered sources. */
export const aboutEvidenceStyles = [
  tokens,
  shared,
  css`
    dl {
      display: grid;
      grid-template-columns: minmax(8em, max-content) 1fr;
      gap: 0.4em 1em;
      margin: 0 0 var(--_gap);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      max-inline-size: 75ch;
    }
    @container (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
      dd {
        margin-block-end: 0.5em;
      }
    }
    ol {
      padding-inline-start: 1.5em;
      margin: 0;
    }
    li {
      margin-block-end: 0.4em;
      max-inline-size: 75ch;
      overflow-wrap: anywhere;
    }
  `,
];
