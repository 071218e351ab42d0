import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { englishMessages, type Messages } from '../../i18n/index.js';
import { MAX_WEIGHT, MIN_WEIGHT, type LocalCriterion, type LocalOption, type Robustness, type WeightSensitivity } from '../../model/index.js';
import { shared, tokens } from '../../styles/tokens.js';

/** A sensitivity crossing as a whole slider value on the far side of the crossing, or undefined if it rounds to no change. */
export function sensitivityStep(s: WeightSensitivity): number | undefined {
  const raw = s.direction === 'more' ? Math.ceil(s.to - 1e-9) : Math.floor(s.to + 1e-9);
  const to = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, raw));
  return to === s.from ? undefined : to;
}

/** The sentences the readout shows, in order (exported for tests and the live region). */
/**
 * `atStart`: every slider is still in the middle, where it started, so the reading is not yet
 * anyone's priorities: it says so and invites the person to move them.
 */
export function howSureSentences(
  robustness: Robustness,
  options: readonly LocalOption[],
  criteria: readonly LocalCriterion[],
  messages: Messages = englishMessages,
  atStart = false,
): string[] {
  if (robustness.status !== 'ok') return [];
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const sentences: string[] = [];
  const hint = atStart ? [messages.atStartHint] : [];
  if (robustness.close) {
    const contenders = robustness.contenders.map(label);
    sentences.push(atStart ? messages.closeAtStart(contenders) : messages.close(contenders), ...hint, messages.closeExplain);
    return sentences;
  }
  const leaderId = robustness.contenders[0] ?? robustness.leaders[0];
  const leader = label(leaderId);
  sentences.push(atStart ? messages.clearAtStart(leader) : messages.clear(leader), ...hint);
  const share = robustness.topShare[options.findIndex((o) => o.id === leaderId)] ?? 1;
  const inTen = Math.round(share * 10);
  if (robustness.samples > 0 && inTen < 10) sentences.push(messages.clearShare(inTen, leader));
  const nearest = [...robustness.sensitivity]
    .map((s) => ({ s, to: sensitivityStep(s) }))
    .filter((x): x is { s: WeightSensitivity; to: number } => x.to !== undefined)
    .sort((a, b) => Math.abs(a.s.to - a.s.from) - Math.abs(b.s.to - b.s.from))[0];
  if (nearest) {
    const criterion = criteria.find((c) => c.id === nearest.s.criterionId)?.label ?? nearest.s.criterionId;
    const big = Math.abs(nearest.to - nearest.s.from) > 2;
    sentences.push(messages.sensitivity(criterion, nearest.s.direction, big, nearest.to, nearest.s.from, label(nearest.s.optionId)));
  } else {
    sentences.push(messages.noSensitivity);
  }
  return sentences;
}

/**
 * How sure the picture is, in plain words, from the model's robustness: says when options fit
 * about equally, and which single priority would change the picture. Never names a "best" option.
 *
 * @csspart how-sure - the readout
 * @tagname tc-how-sure
 */
export class HowSure extends LitElement {
  static override styles = [
    tokens,
    shared,
    css`
      .readout {
        border-inline-start: 4px solid var(--_accent);
        padding: 0.25em 0 0.25em 0.9em;
      }
      .readout p:last-child {
        margin-bottom: 0;
      }
      .lead {
        font-weight: 600;
      }
      @media (forced-colors: active) {
        .readout {
          border-inline-start-color: CanvasText;
        }
      }
    `,
  ];

  /** The model's robustness result. */
  @property({ attribute: false }) robustness?: Robustness;

  /** The options shown, in dataset order (for their labels). */
  @property({ attribute: false }) options: readonly LocalOption[] = [];

  /** The criteria (for their labels). */
  @property({ attribute: false }) criteria: readonly LocalCriterion[] = [];

  /** The messages of the language shown (set by the root; English by default). */
  @property({ attribute: false }) messages: Messages = englishMessages;

  /** Every slider is still in the middle, where it started (see `howSureSentences`). */
  @property({ type: Boolean, attribute: 'at-start' }) atStart = false;

  override render() {
    if (!this.robustness) return nothing;
    const sentences = howSureSentences(this.robustness, this.options, this.criteria, this.messages, this.atStart);
    if (sentences.length === 0) return nothing;
    return html`<div class="readout" part="how-sure">
      ${sentences.map((text, i) => html`<p class=${i === 0 ? 'lead' : ''}>${text}</p>`)}
    </div>`;
  }
}
