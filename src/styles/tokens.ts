/**
 * Design tokens and shared rules for every element of the widget.
 *
 * Public custom properties (`--tc-*`) are read once into private ones (`--_*`) with defaults, so a
 * page can set `--tc-accent` on any ancestor (or on the element) and every part follows. Fonts and
 * text colour inherit from the page; surfaces, borders, the accent (so the focus ring and the
 * sliders) and the warning colour are mixed from the inherited text colour, so they keep their
 * contrast on a light or a dark page, whether or not the page says so with `prefers-color-scheme`:
 * light text means a dark page, and mixing in a third of it lightens the accent just enough.
 *
 * Every box in every shadow root is `border-box` on its own (not inherited from the host), so a
 * page's `* { box-sizing: content-box !important }`, which reaches the host, cannot widen a field.
 */
import { css } from 'lit';

/** How many series colours the chart cycles through (`--tc-series-1` .. `--tc-series-7`). */
export const SERIES_COUNT = 7;

export const tokens = css`
  :host {
    /* At least 3:1 (controls, focus ring) on a page with text of any lightness. Mixed from the text
       colour rather than switched by prefers-color-scheme: many pages stay light in a dark-mode browser. */
    --_accent: var(--tc-accent, color-mix(in srgb, #1d5fa6 70%, currentColor));
    --_on-accent: var(--tc-on-accent, #ffffff);
    --_radius: var(--tc-radius, 0.5rem);
    --_gap: var(--tc-gap, 1rem);
    --_surface: var(--tc-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_border: var(--tc-border, color-mix(in srgb, currentColor 35%, transparent));
    /* The edge of a field or a button is how one finds it: 3:1 (WCAG 1.4.11), unlike a decorative border. */
    --_control-border: var(--tc-control-border, color-mix(in srgb, currentColor 60%, transparent));
    --_muted: var(--tc-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_focus: var(--tc-focus, var(--_accent));
    --_warning: var(--tc-warning, color-mix(in srgb, #8a4b00 70%, currentColor));
    --_target: var(--tc-target-size, 44px);
    /* Okabe-Ito colours: told apart with the common kinds of colour blindness. */
    --_series-1: var(--tc-series-1, #0072b2);
    --_series-2: var(--tc-series-2, #e69f00);
    --_series-3: var(--tc-series-3, #009e73);
    --_series-4: var(--tc-series-4, #cc79a7);
    --_series-5: var(--tc-series-5, #56b4e9);
    --_series-6: var(--tc-series-6, #d55e00);
    --_series-7: var(--tc-series-7, #f0e442);
    font: inherit;
    color: inherit;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Rules most parts share: headings, focus ring, buttons, hidden-but-spoken text. */
export const shared = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4 {
    font-family: inherit;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  h2 {
    font-size: 1.4em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75em;
    /* About 75 characters a line at most, however wide the container (not tables and grids: no p there is long). */
    max-inline-size: 75ch;
  }
  a {
    color: var(--tc-link, inherit);
    overflow-wrap: anywhere;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  select {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_control-border);
    background: var(--_surface);
    color: inherit;
    cursor: pointer;
  }
  select {
    max-width: 100%;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }
  details > summary {
    cursor: pointer;
    min-height: var(--_target);
    padding-block: 0.6em;
    width: fit-content;
    max-width: 100%;
  }
  @media (forced-colors: active) {
    button,
    select {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Text fields (one-line inputs and text areas) in the page's font and colours, touch-sized. */
export const fieldStyles = css`
  input[type='text'],
  textarea {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-height: var(--_target);
  }
`;
