/**
 * The public properties of `<treatment-compare>` (its attributes, `dataset` and `clinic`), apart
 * from what the element does with them.
 */
import { PortableElement } from '../../styles/portable-element.js';
import { property } from 'lit/decorators.js';
import { DEFAULT_ANNOUNCE_DELAY } from '../../controllers/announcer.js';
import { DEFAULT_FETCH_TIMEOUT } from '../../controllers/data-source.js';
import type { Clinic } from '../../model/clinic.js';
import type { Dataset } from '../../model/schema.js';

/**
 * `patient` (the default): the decision journey, every step optional. `counselor`: for a shared
 * screen in a consultation: large type, the grid and the priorities side by side, and controls to
 * focus on two options, hide or show options, and start again. Unknown values act as `patient`.
 */
export type TreatmentCompareMode = 'patient' | 'counselor';

/** An enumerated attribute's value as HTML compares them: trimmed, ASCII case ignored. */
const enumerated = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

export class TreatmentCompareProperties extends PortableElement {
  /** `lang` is a global attribute (not a property here); it is observed so the language follows it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.langChanged();
  }

  /** The element's or an ancestor's `lang` may have changed. */
  protected langChanged() {}

  /** URL of a dataset (JSON) to load instead of the built-in one. Fetched with a timeout; a newer `src` cancels an older load. */
  @property({ reflect: false }) src: string | null = null;
  /** Who the view is for: `patient` (default) or `counselor` (a shared screen in a consultation). */
  @property() mode: TreatmentCompareMode = 'patient';
  /**
   * `url`: keep priorities, options, condition, the decision stage, SURE answers and options set
   * aside in the page's URL hash (restored on load), and show a "copy link" button. Each widget
   * owns its own keys (`tc-` + its `id` + `-`); notes and questions are never put in the URL.
   */
  @property() persist = '';
  /** A condition id from the dataset (e.g. `migraine`); empty or unknown shows the general evidence. */
  @property() condition = '';
  /** Comma-separated option ids to show (e.g. `tms,medication`), kept in dataset order; empty or unknown shows all. */
  @property() options = '';
  /**
   * Priorities as `criterion:value` pairs, 0-10 (e.g. `cost:8,side-effects:3`); criteria not given are 5.
   * Also accepts an object `{ cost: 8 }`. After a user change it holds every criterion's current value as text.
   */
  @property() weights: string | Record<string, number> = '';
  /** A clinic's own configuration (see `Clinic`); wins over an inline JSON child; `null` goes back to it. */
  @property({ attribute: false }) clinic: Clinic | null = null;
  /** How long to wait for `src`, in milliseconds (50 ms to 5 minutes; anything else gives 10 s). */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = DEFAULT_FETCH_TIMEOUT;
  /** Quiet time after the last change before the live region speaks, in milliseconds. */
  @property({ type: Number, attribute: false }) announceDelay = DEFAULT_ANNOUNCE_DELAY;

  protected datasetValue: Dataset | null = null;

  /**
   * A dataset object to use instead of `src` or the built-in one; validated. `null` goes back to
   * `src` or the built-in one. This contract name shadows `HTMLElement.dataset`: while no dataset
   * is set, reading it gives the element's `data-*` map (cast to `Dataset` to read a set one).
   */
  override get dataset(): DOMStringMap {
    return (
      (this.datasetValue as unknown as DOMStringMap | null) ?? Reflect.get<HTMLElement, 'dataset'>(HTMLElement.prototype, 'dataset', this)
    );
  }

  override set dataset(value: Dataset | null | undefined) {
    const old = this.datasetValue;
    this.datasetValue = value ?? null;
    this.requestUpdate('dataset', old);
  }

  protected get isCounselor(): boolean {
    return enumerated(this.mode) === 'counselor';
  }

  protected get persistsInUrl(): boolean {
    return enumerated(this.persist) === 'url';
  }
}
