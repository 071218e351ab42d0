import { css } from 'lit';

/**
 * Look of the compact grid (counselor mode): ratings only, one line per question where the width
 * allows, every rating a 44 px button; the popover next to the rating it opened from (CSS anchor
 * positioning, else in the middle of the screen), in the top layer so nothing moves.
 */
export const compactGridStyles = css`
  .compact-grid {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  .compact-grid th,
  .compact-grid td {
    border: 1px solid var(--_border);
    padding: 0.15em 0.35em;
    vertical-align: middle;
    text-align: start;
    /* Normal wrapping: a word breaks only at a hyphenation point of the language shown. */
    overflow-wrap: normal;
    hyphens: auto;
  }
  .compact-grid thead th {
    background: var(--_surface);
    text-align: center;
    vertical-align: bottom;
    line-height: 1.2;
    padding: 0.3em 0.2em;
    /* Option names get the column's width whole: a bit smaller than the body, never split inside a word. */
    font-size: 0.9em;
  }
  .compact-grid thead .question-head {
    width: 30%;
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
    background: none;
  }
  .compact-grid[data-options='2'] thead .question-head {
    width: 40%;
  }
  .compact-grid tbody th {
    font-weight: 600;
    line-height: 1.2;
    padding-block: 0.1em;
    background: var(--_surface);
  }
  .compact-grid td {
    padding: 0;
    text-align: center;
  }
  .cell-button {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.2em;
    width: 100%;
    min-height: var(--_target);
    min-width: 0;
    padding: 0.2em;
    border: none;
    border-radius: 0;
    background: transparent;
  }
  .cell-button:hover {
    background: var(--_surface);
  }
  .cell-button[aria-expanded='true'] {
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
  }
  .cell-button:focus-visible {
    outline-offset: -3px;
  }
  .cell-button .pips {
    flex-wrap: nowrap;
  }
  .cell-button .rating-words {
    font-weight: 700;
  }
  .cell-button.anchor {
    anchor-name: --tc-cell;
  }
  .cell-popover {
    /* The top layer: beside the rating's column (the rows stay in view), as tall as the screen allows;
       centred when the browser cannot anchor it. */
    position-anchor: --tc-cell;
    inset: auto;
    position-area: inline-end span-all;
    align-self: center;
    position-try-fallbacks: flip-inline;
    margin: 0.25em;
    inline-size: min(32rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 1rem);
    overflow: auto;
    padding: 0.75em 1em;
    font: inherit;
    line-height: 1.45;
    color: CanvasText;
    background: Canvas;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em color-mix(in srgb, CanvasText 25%, transparent);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  @supports not (position-area: block-end) {
    .cell-popover {
      inset: 0;
      margin: auto;
    }
  }
  .cell-popover:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .cell-popover::backdrop {
    background: transparent;
  }
  .popover-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.75em;
  }
  .popover-head h4 {
    margin: 0 0 0.4em;
  }
  .popover-option {
    display: block;
  }
  .popover-question {
    display: block;
    font-weight: normal;
  }
  .popover-close {
    flex: none;
  }
  .cell-popover h5 {
    font-size: 1em;
    margin: 0.5em 0 0.2em;
  }
  .pips-line {
    margin-inline-end: 0.4em;
  }
  .cell-button .who {
    display: none;
  }
  /* Narrow: one block per question, a row per option (its name, then its dots), as the patient grid does. */
  @container (max-width: 40rem) {
    .compact-grid thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .compact-grid :is(tbody, tr, th, td),
    .compact-grid {
      display: block;
      width: auto;
    }
    .compact-grid tbody th {
      margin-top: 0.5em;
      padding: 0.3em 0.5em;
    }
    .compact-grid td,
    .compact-grid tr > td:last-child {
      padding: 0;
      border-block: none;
    }
    .compact-grid tr > td:last-child {
      border-block-end: 1px solid var(--_border);
    }
    .cell-button {
      justify-content: space-between;
      padding-inline: 0.5em;
    }
    .cell-button .who {
      display: block;
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .cell-button[aria-expanded='true'] {
      outline: 2px solid Highlight;
    }
    .cell-popover {
      border-color: CanvasText;
    }
  }
  @media print {
    .cell-popover {
      display: none;
    }
  }
`;
