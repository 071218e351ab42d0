import { css } from 'lit';

/**
 * Counselor mode's layout (see treatment-compare.counselor.ts): one screen at 1366 x 768 and
 * 1280 x 720. Loaded with counselor mode's layout (treatment-compare.counselor-mode.ts) and adopted
 * after the root's styles; every rule is scoped to `.counselor`.
 */
export const counselorStyles = css`
    /*
     * Counselor mode (#12): one screen. A header row (title, not-advice), a toolbar row (chips,
     * print, start again), then the compact grid, the priorities and the result side by side on a
     * wide container; the rest below. Body text at least 18 px.
     */
    article.counselor {
      font-size: max(1.125em, 18px);
      line-height: 1.4;
      gap: 0.45rem;
      --_muted: currentColor;
      --_border: var(--tc-border, currentColor);
    }
    .counselor-decision {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.2em 1.25em;
    }
    .counselor-decision h2 {
      margin: 0;
      font-size: 1.15em;
    }
    .counselor-decision .not-advice {
      flex: 1 1 20em;
      margin: 0;
      padding-block: 0.05em;
    }
    .counselor-decision .warning {
      flex: 1 0 100%;
      margin: 0;
    }
    .counselor-bar {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 1em;
    }
    .focus-chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.35em;
      flex: 1 1 auto;
      min-width: 0;
    }
    .chips-label {
      font-weight: 600;
      margin-inline-end: 0.25em;
    }
    .chip {
      padding: 0.25em 0.75em;
      border-radius: 999px;
      border: 2px solid var(--_border);
    }
    /* Pressed: a tint, a thick edge and a tick, in the page's own text colour (the accent is mixed
       from currentColor, so a white label would also whiten the fill behind it). */
    .chip[aria-pressed='true'] {
      background: color-mix(in srgb, var(--_accent) 20%, transparent);
      border: 2px solid var(--_accent);
      font-weight: 600;
    }
    /* A tick as well as the colour: pressed is not told by colour alone. */
    .chip[aria-pressed='true']::before {
      content: '✓' / '';
      margin-inline-end: 0.3em;
    }
    .chips-hint {
      margin-inline-start: 0.25em;
    }
    .bar-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin-inline-start: auto;
    }
    .bar-actions button {
      padding: 0.25em 0.9em;
    }
    /* The undo offer floats under the toolbar's end, over the screen, so nothing moves. */
    .undo-status {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-end: 0;
      z-index: 2;
    }
    .undo-offer {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 0.75em;
      margin-top: 0.3em;
      padding: 0.4em 0.5em 0.4em 0.9em;
      max-inline-size: min(40rem, 100cqi);
      background: Canvas;
      color: CanvasText;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      box-shadow: 0 0.25em 0.75em color-mix(in srgb, CanvasText 20%, transparent);
    }
    .undo-offer button {
      padding: 0.25em 0.9em;
    }
    .counselor .screen {
      display: grid;
      gap: var(--_gap);
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    .counselor .screen h3 {
      font-size: 1.05em;
      margin: 0 0 0.3em;
    }
    .counselor .condition-now {
      margin: 0.3em 0 0;
    }
    .counselor .set-aside {
      margin: 0 0 0.4em;
      padding: 0.2em 0.6em;
    }
    /*
     * The sliders, tighter: the question and its value, the slider beside them when there is room
     * (beneath when not); the end labels ("Does not matter", "Matters most") are left out, the
     * value says it in words. The thumbs stay 24 px or more; the track is 32 px tall.
     */
    .counselor tc-priority-sliders {
      --tc-gap: 0.3rem;
      --tc-target-size: 32px;
    }
    .counselor tc-priority-sliders::part(reset) {
      min-height: 44px;
    }
    .counselor .waiting {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.3em 0.75em;
      padding: 0.3em 0.6em;
    }
    .counselor .waiting p {
      flex: 1 1 16em;
      margin: 0;
      line-height: 1.3;
    }
    /* One row under the grid, its columns in line with the grid's (same table layout and first column). */
    .compact-result {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .compact-result th,
    .compact-result td {
      padding: 0.15em 0.35em;
      border: 1px solid var(--_border);
      text-align: center;
      vertical-align: middle;
      font-variant-numeric: tabular-nums;
    }
    .compact-result .label-col {
      width: 30%;
    }
    .compact-result[data-options='2'] .label-col {
      width: 40%;
    }
    .compact-result th {
      text-align: start;
      background: var(--_surface);
      line-height: 1.25;
    }
    .compact-result .fit {
      display: block;
      font-weight: 600;
      white-space: nowrap;
    }
    .fit-bar {
      display: block;
      width: 100%;
      height: 0.6em;
    }
    .fit-bar .track {
      fill: var(--_surface);
      stroke: var(--_border);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .fit-bar .fill {
      fill: var(--_accent);
    }
    .compact-readout {
      margin: 0.4em 0 0;
    }
    @media (forced-colors: active) {
      .fit-bar .fill {
        fill: CanvasText;
      }
    }
    .counselor .after-screen {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
      margin-top: var(--_gap);
    }
    .counselor .decision-more .label {
      font-weight: 600;
    }
    .talk-more {
      display: grid;
      gap: var(--_gap);
    }
    .talk-more fieldset {
      margin: 0;
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .show-options {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    /* Wide: the grid with the result under it, the priorities beside them. */
    @container (min-width: 48rem) {
      .counselor .screen {
        grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
        row-gap: 0.4rem;
        grid-template-areas: 'grid priorities' 'result priorities';
        grid-template-rows: auto 1fr;
      }
      .counselor .grid-section {
        grid-area: grid;
      }
      .counselor .priorities {
        grid-area: priorities;
      }
      .counselor .results {
        grid-area: result;
      }
    }
    @media print {
      article.counselor {
        font-size: 1em;
      }
    }
`;
