import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/** Look of `<tc-icon-array>`: filled, outlined and shaded (dashed) people, told apart by shape as well as colour. */
export const iconArrayStyles = [
  tokens,
  shared,
  css`
    figure {
      margin: 0;
    }
    .pictures {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
    }
    .picture {
      flex: 0 1 14rem;
      min-width: 9rem;
    }
    svg {
      display: block;
      width: 100%;
      max-width: 14rem;
      height: auto;
    }
    .on {
      fill: var(--_accent);
      stroke: var(--_accent);
      stroke-width: 0.6;
    }
    .off {
      fill: none;
      stroke: currentColor;
      stroke-width: 0.8;
    }
    .maybe {
      fill: var(--_accent);
      fill-opacity: 0.3;
      stroke: var(--_accent);
      stroke-width: 0.8;
      stroke-dasharray: 1.4 0.9;
    }
    .legend {
      list-style: none;
      padding: 0;
      margin: 0.5em 0;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    .legend svg {
      width: 1.2em;
      flex: none;
    }
    .frames {
      font-weight: 600;
    }
    figcaption p {
      margin-bottom: 0.4em;
    }
    @media (forced-colors: active) {
      .on {
        fill: CanvasText;
        stroke: CanvasText;
      }
      .off {
        stroke: CanvasText;
      }
      .maybe {
        fill: none;
        stroke: CanvasText;
      }
    }
  `,
];
