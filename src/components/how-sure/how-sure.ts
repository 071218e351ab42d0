import { html, nothing } from 'lit';
import { TextPart } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { englishMessages, readoutSentences, type Messages } from '../../i18n/index.js';
import type { LocalCriterion, LocalOption, Readout } from '../../model/index.js';
import { howSureStyles } from './how-sure.styles.js';
import { bidi } from '../../i18n/bidi-render.js';

/**
 * How sure the picture is, in plain words, from the model's readout (it computes no number): says when options fit
 * about equally, and which single priority would change the picture. Never names a "best" option.
 *
 * @csspart how-sure - the readout
 * @tagname tc-how-sure
 */
export class HowSure extends TextPart {
  static override styles = howSureStyles;

  /** The model's reading of how sure the picture is (`Comparison.readout`). */
  @property({ attribute: false }) readout?: Readout;

  /** The options shown, in dataset order (for their labels). */
  @property({ attribute: false }) options: readonly LocalOption[] = [];

  /** The criteria (for their labels). */
  @property({ attribute: false }) criteria: readonly LocalCriterion[] = [];

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /** Every slider is still in the middle, where it started (see `readoutSentences`). */
  @property({ type: Boolean, attribute: 'at-start' }) atStart = false;

  override render() {
    if (!this.readout) return nothing;
    const sentences = readoutSentences(this.readout, this.options, this.criteria, this.messages, this.atStart);
    if (sentences.length === 0) return nothing;
    return html`<div class="readout" part="how-sure">
      ${sentences.map((text, i) => html`<p class=${i === 0 ? 'lead' : ''}>${bidi(text, this.langs)}</p>`)}
    </div>`;
  }
}
