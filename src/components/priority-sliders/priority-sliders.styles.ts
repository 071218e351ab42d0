import { css } from 'lit';
import { shared, tokens } from '../../styles/tokens.js';

/**
 * Look of `<tc-priority-sliders>`: one thumb-sized range input per criterion, with its words; the
 * inputs and the reset button are not printed.
 *
 * The range input is drawn by us (appearance: none) so its thumb can be big enough to see and hit
 * (the native one is about 16 px), while the input itself stays the 44 px touch target.
 * `touch-action: pan-y` hands a vertical swipe that starts on the track to the page: Chromium then
 * scrolls instead of moving the slider, and a sideways drag still moves it.
 */
export const prioritySlidersStyles = [
  tokens,
  shared,
  css`
    :host {
      /* A visible thumb of at least 24 px (WCAG 2.5.8 asks 24; it grows with the text). */
      --_thumb: max(28px, 1.6em);
      --_track-height: 0.5rem;
      /* The track must stand out from the background by 3:1 (non-text contrast). */
      --_track: var(--tc-slider-track, color-mix(in srgb, currentColor 62%, transparent));
    }
    .list {
      display: grid;
      gap: 0.4em;
      margin: 0 0 var(--_gap);
      padding: 0;
      list-style: none;
    }
    /* Brief: no box per slider; a rule between them, the end labels tucked under the track. */
    .slider {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      padding: 0.3em 0 0.2em;
      border-bottom: 1px solid var(--_border);
    }
    label {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    input[type='range'] {
      -webkit-appearance: none;
      appearance: none;
      width: 100%;
      min-width: 0;
      height: max(var(--_target), var(--_thumb));
      margin: 0;
      padding: 0;
      background: transparent;
      color: inherit;
      cursor: pointer;
      touch-action: pan-y;
    }
    input[type='range']::-webkit-slider-runnable-track {
      height: var(--_track-height);
      border-radius: var(--_track-height);
      background: var(--_track);
    }
    input[type='range']::-webkit-slider-thumb {
      -webkit-appearance: none;
      appearance: none;
      width: var(--_thumb);
      height: var(--_thumb);
      /* Centred on the track: Chromium puts the thumb's top at the track's top. */
      margin-top: calc((var(--_track-height) - var(--_thumb)) / 2);
      border-radius: 50%;
      border: 3px solid var(--_on-accent);
      background: var(--_accent);
      box-shadow: 0 0 0 1px var(--_accent);
    }
    input[type='range']::-moz-range-track {
      height: var(--_track-height);
      border-radius: var(--_track-height);
      background: var(--_track);
    }
    input[type='range']::-moz-range-progress {
      height: var(--_track-height);
      border-radius: var(--_track-height);
      background: var(--_accent);
    }
    input[type='range']::-moz-range-thumb {
      width: var(--_thumb);
      height: var(--_thumb);
      box-sizing: border-box;
      border-radius: 50%;
      border: 3px solid var(--_on-accent);
      background: var(--_accent);
      box-shadow: 0 0 0 1px var(--_accent);
    }
    :host([compact]) {
      container-type: inline-size;
    }
    :host([compact]) .slider {
      padding: 0.15em 0;
      line-height: 1.25;
    }
    /* Compact and wide enough: the question and its value, then the slider, on one row. */
    @container (min-width: 30rem) {
      :host([compact]) .slider {
        grid-template-columns: minmax(0, 1.5fr) minmax(7em, 1fr);
        align-items: center;
        column-gap: 0.6em;
      }
    }
    .ends {
      /* Into the space the 44 px target leaves under the track. */
      margin-top: -0.7em;
      line-height: 1.3;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 0.75em;
      font-size: 0.875em;
    }
    .ends span:last-child {
      margin-inline-start: auto;
      text-align: end;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 1em;
    }
    .value {
      font-variant-numeric: tabular-nums;
    }
    @media (forced-colors: active) {
      /* Forced colours would paint the drawn track and thumb as background: give them system colours. */
      input[type='range']::-webkit-slider-runnable-track {
        forced-color-adjust: none;
        background: CanvasText;
      }
      input[type='range']::-webkit-slider-thumb {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Canvas;
        box-shadow: 0 0 0 1px CanvasText;
      }
      input[type='range']::-moz-range-track {
        background: CanvasText;
      }
      input[type='range']::-moz-range-thumb {
        background: Highlight;
        border-color: Canvas;
      }
      .slider {
        border-color: CanvasText;
      }
    }
    @media print {
      input[type='range'],
      .ends,
      button {
        display: none;
      }
      .slider {
        break-inside: avoid;
      }
    }
  `,
];
