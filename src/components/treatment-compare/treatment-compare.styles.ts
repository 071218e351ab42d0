import { css } from 'lit';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';
import { choiceStyles } from '../../styles/choices.js';

/** Layout of the root element. Fits its container (container queries), not the viewport. */
export const rootStyles = [
  tokens,
  shared,
  choiceStyles,
  fieldStyles,
  css`
    :host {
      container-type: inline-size;
      line-height: 1.5;
      overflow-wrap: break-word;
      /* The page's font and colour come in; its text layout does not (a CMS block that centres,
         capitalises, spaces out or italicises its text would make the evidence hard to read).
         Styles set on the element itself still win over these. */
      text-align: start;
      text-indent: 0;
      text-transform: none;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      font-style: normal;
      text-shadow: none;
    }
    :host([hidden]) {
      display: none;
    }
    article {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
    }
    section {
      min-width: 0;
    }
    .decision .label {
      font-weight: 600;
    }
    .question {
      font-size: 1.1em;
    }
    .not-advice {
      border-inline-start: 4px solid var(--_accent);
      padding: 0.3em 0 0.3em 0.8em;
      font-weight: 600;
    }
    .warning,
    .error {
      border: 2px solid var(--_warning);
      border-radius: var(--_radius);
      padding: 0.6em 0.9em;
    }
    .warning {
      font-weight: 600;
    }
    .error ul {
      margin: 0 0 0.5em;
      padding-inline-start: 1.2em;
    }
    .error li {
      overflow-wrap: anywhere;
    }
    .status:empty {
      /* Out of the layout (no empty row and gap) but still a live region, so "Loading" is spoken. */
      position: absolute;
    }
    .loading {
      padding: var(--_gap);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      margin: 0;
    }
    .condition {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4em 0.75em;
      margin: 0 0 0.75em;
    }
    .condition label {
      font-weight: 600;
    }
    .condition-note {
      padding: 0.5em 0.8em;
      background: var(--_surface);
      border-radius: var(--_radius);
    }
    /* Skip links: out of sight until focused, then at the top of the widget. */
    .skip-links a {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
      white-space: nowrap;
    }
    .skip-links a:focus {
      position: static;
      clip-path: none;
      width: auto;
      height: auto;
      display: inline-block;
      padding: 0.5em 0.75em;
      margin-inline-end: 0.5em;
    }
    .skip-links:not(:focus-within) {
      position: absolute;
    }
    #tc-priorities:focus,
    #tc-result:focus {
      outline: none;
    }
    .waiting {
      padding: 0.75em 1em;
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .waiting p {
      margin: 0 0 0.75em;
    }
    /* The compact result that follows the sliders on a narrow container (see renderMiniResult). */
    .mini-result {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr) 2.5em;
      align-items: center;
      gap: 0.1em 0.5em;
      position: sticky;
      bottom: 0;
      z-index: 1;
      margin-top: 0.75em;
      padding: 0.4em 0.75em;
      font-size: 0.9em;
      line-height: 1.3;
      background: Canvas;
      color: CanvasText;
      border: 1px solid var(--_border);
      border-radius: var(--_radius) var(--_radius) 0 0;
      box-shadow: 0 -0.25em 0.75em color-mix(in srgb, currentColor 15%, transparent);
    }
    .mini-title {
      grid-column: 1 / -1;
      font-weight: 600;
    }
    .mini-bar {
      display: block;
      width: 100%;
      height: 0.6em;
      background: var(--_surface);
    }
    .mini-bar rect {
      fill: var(--_accent);
    }
    .mini-fit {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .more-choices {
      margin-top: var(--_gap);
    }
    .more-choices > summary {
      font-weight: 600;
    }
    .next-steps {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0 1em;
    }
    .next-steps > summary {
      font-weight: 600;
      font-size: 1.1em;
    }
    .next-steps[open] {
      padding-bottom: 1em;
    }
    .next-steps > div + div {
      margin-top: calc(var(--_gap) * 1.5);
    }
    .weigh {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 56rem) {
      .weigh {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        align-items: start;
      }
      .results {
        position: sticky;
        top: var(--_gap);
      }
      /* Wide: the result sits beside the sliders, so no compact copy. */
      .mini-result {
        display: none;
      }
    }
    /*
     * The clinic's own information: a box of its own, set apart from the cited evidence.
     */
    .clinic {
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
    }
    /*
     * The clinic's conflict-of-interest disclosure must stay visible whatever the page's CSS says.
     * It has no part, so page CSS reaches it only through its ancestors: the article (part "base")
     * and inheritance. In the cascade, an !important declaration from inside a shadow tree beats
     * the page's ::part() rules, even !important ones, so the article keeps the properties that
     * could hide its content while a disclosure is shown. The disclosure sets its own colours,
     * fixed (no custom properties), and every inherited property that could make text vanish.
     */
    article.has-disclosure {
      display: grid !important;
      visibility: visible !important;
      opacity: 1 !important;
      content-visibility: visible !important;
      clip-path: none !important;
      mask: none !important;
      filter: none !important;
      transform: none !important;
      overflow: visible !important;
      height: auto !important;
      max-height: none !important;
      position: static !important;
      zoom: 1 !important;
    }
    .tc-disclosure {
      display: block;
      position: relative;
      z-index: 1;
      visibility: visible;
      opacity: 1;
      margin: 0;
      padding: 0.6em 0.9em;
      border: 2px solid #8a4b00;
      border-radius: 0.25rem;
      background: #fff8e6;
      color: #1a1a1a;
      -webkit-text-fill-color: currentColor;
      font-size: max(1em, 0.875rem);
      line-height: 1.5;
      font-weight: 400;
      text-indent: 0;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
    }
    .tc-disclosure p {
      margin: 0;
    }
    @media (prefers-color-scheme: dark) {
      .tc-disclosure {
        border-color: #ffb86b;
        background: #2a1f0e;
        color: #f5f5f5;
      }
    }
    @media (forced-colors: active) {
      .warning,
      .error,
      .not-advice,
      .clinic {
        border-color: CanvasText;
      }
      .tc-disclosure {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
    }
    /* The decision journey, taking it away, and counselor mode. */
    .take-away {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .take-away p {
      margin: 0;
    }
    .take-away input {
      width: min(40rem, 100%);
    }
    .talk {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
      grid-template-columns: minmax(0, 1fr);
    }
    .set-aside {
      list-style: none;
      padding: 0.5em 0.8em;
      border-inline-start: 4px solid var(--_warning);
      background: var(--_surface);
    }
    tc-deal-breakers {
      display: block;
      margin-top: 0.5em;
    }
    .summary {
      display: none;
    }
    .summary table {
      border-collapse: collapse;
      width: 100%;
    }
    .summary-grid th,
    .summary-grid td {
      border: 1px solid currentColor;
      padding: 0.2em 0.4em;
      text-align: start;
      vertical-align: top;
    }
    .summary h2 {
      margin: 0.4em 0 0;
    }
    .summary h3 {
      margin: 0.6em 0 0.15em;
      font-size: 1.05em;
    }
    .summary p,
    .summary ul,
    .summary ol,
    .summary dl {
      margin: 0 0 0.3em;
    }
    .summary dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0 0.75em;
    }
    .summary dt {
      font-weight: 600;
    }
    .summary dd {
      margin: 0;
    }
    .summary ul,
    .summary ol {
      padding-inline-start: 1.2em;
    }
    .summary-columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 0 1.5em;
    }
    .summary-bars th,
    .summary-bars td {
      padding: 0.05em 0.4em 0.05em 0;
      text-align: start;
      font-weight: normal;
      white-space: nowrap;
    }
    .summary-bars .bar-cell {
      width: 40%;
    }
    .summary-bar {
      display: block;
      width: 100%;
      height: 0.7em;
    }
    .summary-bar rect {
      fill: #000;
    }
    .summary-bar rect.track {
      fill: #fff;
      stroke: #000;
      stroke-width: 0.5;
    }
    .summary-not-advice {
      font-weight: 600;
    }
    .summary-notes {
      white-space: pre-wrap;
    }
    .summary-evidence-pages {
      break-before: page;
    }
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
      :host {
        font-size: 10pt;
        line-height: 1.3;
      }
      article {
        gap: 0.4em;
      }
      .decision p {
        margin: 0 0 0.25em;
      }
      article > :not(header):not(.tc-disclosure):not(.summary) {
        display: none !important;
      }
      .summary {
        display: block;
      }
      article.counselor {
        font-size: 1em;
      }
      .results {
        position: static;
      }
      .condition select {
        border: none;
        appearance: none;
        padding: 0;
      }
      section {
        break-inside: auto;
      }
    }
  `,
];
