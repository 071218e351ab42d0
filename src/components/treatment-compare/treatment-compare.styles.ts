import { css } from 'lit';
import { fieldStyles, shared, tokens } from '../../styles/tokens.js';
import { choiceStyles } from '../../styles/choices.js';
import { summaryStyles } from '../../print/print-summary.styles.js';

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
    /* One of many widgets on a page (it waited its turn to render): not laid out or painted while far out of view. */
    article.many {
      content-visibility: auto;
      contain-intrinsic-size: auto 60rem;
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
        /* Half each: the sliders wide enough that most questions keep their value on the same line. */
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
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
  `,
  // In the order they had in one sheet: after the rules above, before the print rules. Counselor mode's
  // sheet (treatment-compare.counselor.styles.ts) loads with its layout and is adopted after all of these.
  summaryStyles,
  css`
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
