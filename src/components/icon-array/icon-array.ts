import { html, nothing, svg } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { journeyEnglish, type JourneyMessages } from '../../i18n/journey-en.js';
import { iconArray, type Frequency, type IconState } from '../../model/index.js';
import { iconArrayStyles } from './icon-array.styles.js';
import { bidi } from '../../i18n/bidi-render.js';

/** Icons per row, and the size of one icon's cell in SVG units. */
const PER_ROW = 10;
const CELL = 12;

/** One small person drawn in a 12 x 12 cell: a head and shoulders. */
function person(index: number, state: IconState) {
  const x = (index % PER_ROW) * CELL;
  const y = Math.floor(index / PER_ROW) * CELL;
  return svg`<g class=${`icon ${state}`} transform=${`translate(${x} ${y})`} data-index=${index}>
    <circle cx="6" cy="3.4" r="2.3"></circle>
    <path d="M2.2 11 V8.6 a3.8 3.2 0 0 1 7.6 0 V11 Z"></path>
  </g>`;
}

/**
 * A picture of a natural frequency: 100 whole icons in rows of ten, filled in from the top-left
 * corner, so every option's picture has the same denominator and reads the same way. Filled
 * (solid) icons are the people counted; outlined icons are the rest: shape, not colour alone,
 * carries the meaning. When the sources give a span (`range`), the icons inside it are shaded
 * (light fill, dashed outline) and the words give the span. Both frames are also said in words,
 * and the picture has a text alternative.
 *
 * @csspart icon-array - the figure
 * @tagname tc-icon-array
 */
export class IconArray extends TextPart {
  static override styles = iconArrayStyles;

  /** How many of 100 people had the outcome with this option (rounded, clamped to 0-100). */
  @property({ type: Number }) count = 0;
  /** `[low, high]` of 100 when the sources give a span rather than one figure: shown instead of `count`. */
  @property({ attribute: false }) range?: readonly [number, number];
  /** What is counted, e.g. "Pain-free 2 hours after treating a migraine attack". */
  @property() label = '';
  /** The counted frame, said of the counted people: "were pain-free". */
  @property() event = '';
  /** The other frame, said of the rest: "still had pain". */
  @property() nonEvent = '';
  /** Who the numbers are about. */
  @property() population = '';
  /** The time frame, the same for every option: "2 hours after treatment". */
  @property() timeFrame = '';
  /** The same outcome without the option (sham, placebo or usual care), shown as a second picture. */
  @property({ attribute: false }) comparison?: { label: string; count: number };
  /**
   * Only the pictures, their text alternatives and the legend: for a host that already says the
   * frames, the population and the time frame in words next to it (the option grid's details).
   */
  @property({ type: Boolean, attribute: 'picture-only' }) pictureOnly = false;
  /** The journey messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: JourneyMessages = journeyEnglish;

  private renderPicture(label: string, count: Frequency, kind: 'main' | 'comparison') {
    const m = this.messages;
    const icons = iconArray(count);
    return html`<div class="picture" data-kind=${kind}>
      <svg
        role="img"
        aria-label=${m.iconAlt(label, count, this.event, this.nonEvent)}
        viewBox=${`0 0 ${PER_ROW * CELL} ${(icons.length / PER_ROW) * CELL}`}
        focusable="false"
      >
        ${icons.map((on, index) => person(index, on))}
      </svg>
      ${this.pictureOnly ? nothing : html`<p class="frames">${bidi(m.iconBothFrames(count, this.event, this.nonEvent, this.timeFrame), this.langs)}</p>`}
    </div>`;
  }

  override render() {
    const m = this.messages;
    const legendIcon = (state: IconState) => html`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">${person(0, state)}</svg>`;
    return html`<figure part="icon-array">
      ${
        this.pictureOnly
          ? nothing
          : html`<figcaption>
            ${this.label ? html`<p><strong>${bidi(this.label, this.langs)}</strong></p>` : nothing}
            ${this.population ? html`<p class="muted">${bidi(m.iconWho(this.population), this.langs)}</p>` : nothing}
          </figcaption>`
      }
      <div class="pictures">
        ${this.renderPicture(this.label, this.range ?? this.count, 'main')}
        ${
          this.comparison
            ? html`<div>
              ${this.pictureOnly ? nothing : html`<p>${bidi(m.iconComparison(this.comparison.label), this.langs)}</p>`}
              ${this.renderPicture(this.comparison.label, this.comparison.count, 'comparison')}
            </div>`
            : nothing
        }
      </div>
      <ul class="legend" aria-hidden="true">
        <li>${legendIcon('on')}<span>${bidi(m.iconLegendFilled(this.event), this.langs)}</span></li>
        ${this.range ? html`<li>${legendIcon('maybe')}<span>${m.iconLegendShaded}</span></li>` : nothing}
        <li>${legendIcon('off')}<span>${bidi(m.iconLegendOutlined(this.nonEvent), this.langs)}</span></li>
      </ul>
    </figure>`;
  }
}
