import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController, englishMessages, fitNumber, type Messages, type ResolvedLocale } from '../../i18n/index.js';
import {
  completeWeights,
  computeFit,
  computeRobustness,
  localiseClinic,
  localiseDataset,
  MAX_DATASET_CHARS,
  parseClinicJson,
  parseDatasetJson,
  parseIdList,
  parseWeights,
  readHash,
  resolveView,
  writeHash,
  serialiseWeights,
  validateClinic,
  validateDataset,
  type Clinic,
  type ComparisonView,
  type Dataset,
  type FitResult,
  type LocalClinic,
  type LocalDataset,
  type Robustness,
  type Weights,
} from '../../model/index.js';
import { localToday } from '../about-evidence/about-evidence.js';
import { emit } from '../base.js';
import { clinicHasFacts } from '../clinic-facts/clinic-facts.js';
import { builtInDataset, loadBuiltInDataset } from '../../sources/built-in-dataset.js';
import { readTextCapped } from '../../sources/read-capped.js';
import type {
  ConditionSelectDetail,
  DatasetErrorDetail,
  DatasetErrorSource,
  RankingChangeDetail,
  WeightInputDetail,
  WeightsChangeDetail,
} from '../events.js';
import { howSureSentences } from '../how-sure/how-sure.js';
import type { DealBreakersChangeDetail, OwnConcern, PlanChangeDetail, StageChangeDetail, SureChangeDetail } from '../journey-events.js';
import { renderSummary } from '../../print/print-summary.js';
import {
  OWN_CONCERN_ID,
  cleanConcern,
  readJourneyHash,
  withOwnConcern,
  withoutSetAside,
  writeJourneyHash,
  type Role,
  type Stage,
  type SureAnswers,
} from '../../model/journey.js';
import { allAtStart, DEFAULT_WEIGHT } from '../../model/weights.js';
import { rootStyles } from './treatment-compare.styles.js';

/**
 * `patient` (the default): the decision journey, every step optional. `counselor`: for a shared
 * screen in a consultation: large type, the grid and the priorities side by side, and controls to
 * focus on two options, hide or show options, and start again. Unknown values act as `patient`.
 */
export type TreatmentCompareMode = 'patient' | 'counselor';

/** Default time allowed for loading `src`, in milliseconds. */
export const DEFAULT_FETCH_TIMEOUT = 10_000;
/** Default quiet time before the live region speaks, in milliseconds. */
export const DEFAULT_ANNOUNCE_DELAY = 1_000;

/** A problem to show: a validation message (always English: it is for web teams), or a message in the language shown. */
type ErrorItem = string | ((messages: Messages) => string);

/** The English text of a problem, as `dataset-error` reports it. */
const inEnglish = (error: ErrorItem) => (typeof error === 'string' ? error : error(englishMessages));

class LoadError extends Error {
  constructor(readonly describe: (messages: Messages) => string) {
    super(describe(englishMessages));
  }
}

/** An enumerated attribute's value as HTML compares them: trimmed, ASCII case ignored. */
const enumerated = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** A key that changes exactly when the fits (or the close/contenders reading) change. */
function rankingKey(fit: FitResult | undefined, robustness: Robustness | undefined): string {
  if (!fit) return '';
  const fits = fit.fits.map((f) => `${f.optionId}:${f.fit.toFixed(6)}`).join(',');
  return `${fit.status}|${fits}|${robustness?.close ?? ''}|${robustness?.contenders.join(',') ?? ''}`;
}

/**
 * A patient decision aid: compares treatment options side by side with cited evidence, lets the
 * patient say what matters to them, and shows how each option lines up with it. It informs and
 * never recommends: options stay in the dataset's order and nothing is called "best".
 *
 * With no attributes it shows the built-in chronic-pain comparison.
 *
 * Language: English or Spanish, from the `lang` attribute on the element, else the nearest
 * ancestor's `lang` (e.g. `<html lang="es">`), else English. A regional tag falls back to its
 * language (`es-MX` -> `es`) and an unsupported one to English; numbers and dates follow the
 * region (`es` is written as in the US: `0.5`, `1 de noviembre de 2026`). Changing `lang` on the
 * element or an ancestor re-renders in the new language. Dataset and clinic text may be given in
 * several languages (`{ "en": "Cost", "es": "Costo" }`); a missing translation shows the English
 * text. `dataset-error` messages are always in English (they are for web teams).
 *
 * Data sources, first that applies: the `dataset` property, then `src`, then the built-in dataset.
 * A dataset that fails validation (or a `src` that fails to load) shows a plain message, fires
 * `dataset-error`, and the widget keeps the last good dataset it had.
 *
 * A clinic's own facts: the `clinic` property, or for pages that cannot run script, an inline
 * `<script type="application/json">` child holding the same object (read as data, never run;
 * the property wins when both are given; changes to the child are picked up). It names the
 * clinic, the options it provides, local facts per option (price, wait, insurance, offered here,
 * a note), a booking or contact link (http or https only) and the date the facts were checked.
 * It is validated against the dataset's option ids. The facts appear in their own section after
 * the option grid, labelled as the clinic's, dated, and never mixed into the cited evidence.
 * When the clinic provides any option, a disclosure saying so (and that the clinic is paid when
 * patients choose it) is shown near the top; it has no `part` and takes no `--tc-*` property, so
 * page styles cannot hide it. An invalid configuration shows its problems, fires `dataset-error`
 * with `source: 'clinic'`, and shows no clinic facts; the evidence still shows.
 *
 * ```html
 * <treatment-compare>
 *   <script type="application/json">
 *     { "name": "Lakeside Pain Clinic", "provides": ["tms"], "checked": "2026-11-01",
 *       "facts": { "tms": { "price": "About $300 a session", "wait": "2 weeks", "offeredHere": true } },
 *       "contact": { "label": "Book a visit", "url": "https://lakeside.example/book" } }
 *   </script>
 * </treatment-compare>
 * ```
 *
 * The decision journey's parts also fire `stage-change` (from `tc-decision-stage`) and `sure-change`
 * (from `tc-sure-check`), which reach the page. Free text (notes, questions, the person's own
 * concern) stays inside the widget: `plan-change` and `deal-breakers-change` are stopped here.
 *
 * User changes and events: sliders update the chart live while they move (`input`); the
 * `weights-change` event fires once per finished change (the slider's `change`: one key press, or
 * the release of a drag; a reset is one change), only when the values differ from the last ones
 * reported. `ranking-change` fires after a user change (sliders, reset, condition selector) that
 * changes the fits. Neither fires when code sets a property or attribute (`clinic` included).
 *
 * @tagname treatment-compare
 * @summary Compare treatment options with cited evidence and see how each lines up with what matters to you.
 *
 * @fires {WeightsChangeDetail} weights-change - `{ weights: Record<string, number> }`: every criterion's slider value 0-10, after a user change.
 * @fires {RankingChangeDetail} ranking-change - `{ fits: { optionId, fit }[], close, contenders }`: fits 0-100 in dataset order, after a user change that changes them.
 * @fires {DatasetErrorDetail} dataset-error - `{ errors: string[], source: 'src' | 'property' | 'default' | 'clinic' }`: a dataset failed to load or validate, or (`clinic`) the clinic configuration is invalid.
 * @fires {StageChangeDetail} stage-change - `{ stage?, role? }`: the person said where they are in deciding, or how they would like to decide (from the journey's first step).
 * @fires {SureChangeDetail} sure-change - `{ answers, score, answered, mayHelpToTalk }`: the person answered a SURE question.

 *
 * @csspart base - the whole widget
 * @csspart decision - the decision: title, question, condition, "not a recommendation"
 * @csspart not-advice - the line saying this informs and does not recommend
 * @csspart review-warning - the warning shown once the review-by date has passed
 * @csspart loading - the loading message
 * @csspart error - the error message
 * @csspart condition-select - the condition selector
 * @csspart grid - the option grid table (wide layout)
 * @csspart cards - the option cards (narrow layout)
 * @csspart option-card - one option's card (narrow layout)
 * @csspart cell - one cell of the grid
 * @csspart cell-detail - a cell's expandable detail and sources
 * @csspart clinic - the section with the clinic's own information (not the disclosure, which has no part)
 * @csspart clinic-facts - the clinic's facts: provenance line, facts and contact link
 * @csspart clinic-table - the table of the clinic's facts (wide layout)
 * @csspart clinic-list - the clinic's facts per option (narrow layout)
 * @csspart clinic-contact - the clinic's booking or contact link
 * @csspart clinic-error - the message shown when the clinic configuration is invalid
 * @csspart priorities - the priorities section
 * @csspart slider - one slider row
 * @csspart slider-input - a range input
 * @csspart reset - the reset button
 * @csspart results - the results section (chart and how sure)
 * @csspart chart - the chart SVG
 * @csspart legend - the chart legend
 * @csspart table - the table of the chart's numbers
 * @csspart chart-empty - the message shown when no slider is above 0
 * @csspart how-sure - the "how sure" readout
 * @csspart about - the "about this information" body
 * @csspart citations - the list of sources
 * @csspart live - the visually hidden live region
 * @csspart take-away - the print and copy-link buttons
 * @csspart counselor-controls - counselor mode: focus on two options, options shown, start again
 * @csspart set-aside - the list of options the person set aside
 * @csspart summary - the one-page summary (shown only when printing)
 *
 * @cssproperty [--tc-accent=#1d5fa6] - accent colour (focus ring, rating dots, sliders)
 * @cssproperty [--tc-on-accent=#ffffff] - text on the accent colour
 * @cssproperty [--tc-radius=0.5rem] - corner radius
 * @cssproperty [--tc-gap=1rem] - space between parts
 * @cssproperty [--tc-surface=color-mix(in srgb, currentColor 5%, transparent)] - background of panels
 * @cssproperty [--tc-border=color-mix(in srgb, currentColor 35%, transparent)] - border colour
 * @cssproperty [--tc-muted=color-mix(in srgb, currentColor 78%, transparent)] - secondary text
 * @cssproperty [--tc-focus=var(--tc-accent)] - focus ring colour
 * @cssproperty [--tc-warning=#8a4b00] - border of warnings
 * @cssproperty [--tc-link=inherit] - link colour
 * @cssproperty [--tc-target-size=44px] - smallest size of a touch target
 * @cssproperty [--tc-series-1=#0072b2] - chart colour of the 1st criterion (--tc-series-1 to --tc-series-7)
 */
export class TreatmentCompare extends LitElement {
  static override styles = rootStyles;

  /** URL of a dataset (JSON) to load instead of the built-in one. Fetched with a timeout; a newer `src` cancels an older load. */
  @property({ reflect: false }) src: string | null = null;

  /** Who the view is for: `patient` (default) or `counselor` (a shared screen in a consultation). */
  @property() mode: TreatmentCompareMode = 'patient';

  /**
   * `url`: opt in to keeping priorities, options, condition, where you are in deciding, SURE
   * answers and options set aside in the page's URL hash (restored on load, validated and
   * clamped), and show a "copy link" button. Notes and questions are never put in the URL.
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

  private datasetValue: Dataset | null = null;

  /**
   * A dataset object to use instead of `src` or the built-in one. Validated; set a new object to
   * change it, `null` to go back to `src` or the built-in one.
   *
   * This name (from the public contract) shadows `HTMLElement.dataset`. Reading it gives back the
   * dataset object that was set; while none is set it gives the element's `data-*` map, so page
   * scripts that use `element.dataset` for data attributes keep working. (Its read type stays
   * `DOMStringMap` so the element remains assignable to `HTMLElement`; cast to `Dataset` to read it.)
   */
  override get dataset(): DOMStringMap {
    return (this.datasetValue as unknown as DOMStringMap | null) ?? (Reflect.get(HTMLElement.prototype, 'dataset', this) as DOMStringMap);
  }

  override set dataset(value: Dataset | null | undefined) {
    const old = this.datasetValue;
    this.datasetValue = value ?? null;
    this.requestUpdate('dataset', old);
  }

  /**
   * A clinic's own configuration (see `Clinic`): name, the options it provides, local facts per
   * option, a contact link and the date checked. Wins over an inline JSON child. Validated against
   * the dataset's option ids; set a new object to change it, `null` to go back to the JSON child.
   * Setting it fires no user event, only `dataset-error` (source `clinic`) when it is invalid.
   */
  @property({ attribute: false }) clinic: Clinic | null = null;

  /** How long to wait for `src`, in milliseconds. */
  @property({ type: Number, attribute: 'fetch-timeout' }) fetchTimeout = DEFAULT_FETCH_TIMEOUT;

  /** Quiet time after the last change before the live region speaks, in milliseconds. */
  @property({ type: Number, attribute: false }) announceDelay = DEFAULT_ANNOUNCE_DELAY;

  /**
   * The language shown: follows `lang` on the element or its ancestors (see the class notes).
   * A new language arrives together with the built-in dataset in it, when that is in use.
   */
  private readonly i18n = new LocaleController(this, (locale) =>
    this.usesBuiltIn() ? loadBuiltInDataset(locale).then(() => builtInDataset(locale) !== undefined) : undefined,
  );

  /** The dataset in use (the last good one). */
  @state() private data?: Dataset;
  @state() private errors: ErrorItem[] = [];
  @state() private loading = false;
  @state() private announcement = '';
  /** Text of the inline `<script type="application/json">` child, or null when there is none. */
  @state() private clinicText: string | null = null;

  // The clinic configuration in use (valid), or its problems; memoised on its inputs.
  private clinicInUse?: Clinic;
  private clinicErrors: string[] = [];
  // The dataset and clinic in the language shown; memoised on their inputs and the locale.
  private local?: LocalDataset;
  private localClinic?: LocalClinic;
  private localMemo: { data?: Dataset; clinic?: Clinic; locale?: ResolvedLocale } = {};
  private clinicMemo: { data?: Dataset; input?: unknown; text?: string | null } = {};
  private clinicObserver?: MutationObserver;

  // Model output, recomputed once per state change (memoised on its inputs).
  private current: Weights = {};
  private view?: ComparisonView<LocalDataset>;
  private fit?: FitResult;
  private robustness?: Robustness;
  private memo: {
    data?: LocalDataset;
    weightsInput?: unknown;
    viewKey?: string;
    view?: ComparisonView<LocalDataset>;
    journeyKey?: string;
    compared?: ComparisonView<LocalDataset>;
    weights?: Weights;
  } = {};
  /** The options compared: the view without the options set aside, with the person's own concern. */
  private compared?: ComparisonView<LocalDataset>;

  // The decision journey (kept in the page only; see `persist` for what may go in the URL).
  @state() private stage?: Stage;
  @state() private decisionRole?: Role;
  @state() private sure: SureAnswers = {};
  @state() private setAside: string[] = [];
  @state() private concern?: OwnConcern;
  @state() private questions?: string[];
  @state() private notes = '';
  // Counselor mode: two options to focus on ('' for none), and options hidden.
  @state() private focusPair: [string, string] = ['', ''];
  @state() private hiddenOptions: string[] = [];
  @state() private copyStatus: '' | 'copied' | 'fallback' = '';
  private copyText = '';
  private restored = false;

  // What was last reported (or set by code), so events fire only for real user changes.
  private reportedWeights = '';
  private reportedRanking = '';

  // Loading `src`.
  private loadToken = 0;
  private abortLoad?: AbortController;
  private reloadOnConnect = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Which language the built-in dataset in use is in (undefined when a dataset or `src` is in use). */
  private builtInLocale?: string;
  /** Whether the data source (property, `src` or built-in) has been chosen once. */
  private dataChosen = false;
  /** Loads that `updateComplete` waits for (the built-in dataset; not `src`). */
  private readonly pending = new Set<Promise<unknown>>();

  // Enumerated attributes, read as HTML reads its own: ignoring case and surrounding spaces.
  private get isCounselor(): boolean {
    return enumerated(this.mode) === 'counselor';
  }

  private get persistsInUrl(): boolean {
    return enumerated(this.persist) === 'url';
  }

  /** The current slider values (0-10) by criterion id; a copy. */
  get currentWeights(): Record<string, number> {
    return { ...this.current };
  }

  /** `lang` is a global attribute (not a property here); it is observed so the language follows it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.i18n.refresh();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.readClinicChild();
    this.clinicObserver ??= new MutationObserver(() => this.readClinicChild());
    this.clinicObserver.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      if (this.src && !this.datasetValue) void this.load(this.src);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.clinicObserver?.disconnect();
    clearTimeout(this.announceTimer);
    if (this.loading) {
      this.cancelLoad();
      this.reloadOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.i18n.waiting) return; // nothing is shown until the language asked for is in
    if (!this.dataChosen || changed.has('dataset') || changed.has('src')) {
      this.chooseData(!this.dataChosen, changed);
      this.dataChosen = true;
    } else if (this.builtInLocale !== undefined && this.builtInLocale !== this.i18n.value.locale) {
      this.loadDefault();
    }
    this.resolveClinic();
    this.localise();
    this.restoreFromUrl();
    if (this.recompute()) {
      // A change made by code (or a newly loaded dataset) is the new baseline, not a user change.
      this.reportedWeights = this.weightsKey();
      this.reportedRanking = rankingKey(this.fit, this.robustness);
    }
  }

  /** Puts the dataset and clinic into the language shown, when either or the language changed. */
  private localise() {
    const locale = this.i18n.value;
    const m = this.localMemo;
    const newLocale = m.locale !== locale;
    if (newLocale && m.locale) this.announcement = ''; // never leave a sentence in the old language
    if (newLocale || m.data !== this.data) this.local = this.data && localiseDataset(this.data, locale.textKeys);
    if (newLocale || m.clinic !== this.clinicInUse)
      this.localClinic = this.clinicInUse && localiseClinic(this.clinicInUse, locale.textKeys);
    this.localMemo = { data: this.data, clinic: this.clinicInUse, locale };
  }

  // ---------------------------------------------------------------------------------------------
  // Data

  private usesBuiltIn(): boolean {
    return this.datasetValue == null && !this.src;
  }

  private chooseData(first: boolean, changed: PropertyValues<this>) {
    if (this.datasetValue != null) {
      if (!first && !changed.has('dataset')) return; // `src` changed while a dataset is set: dataset wins
      this.cancelLoad();
      this.builtInLocale = undefined;
      const result = validateDataset(this.datasetValue);
      if (result.ok) this.useData(result.dataset);
      else this.fail(result.errors, 'property');
    } else if (this.src) {
      this.builtInLocale = undefined;
      void this.load(this.src);
    } else {
      this.loadDefault();
    }
  }

  /**
   * The built-in dataset in the language shown: at once when it is loaded, else asynchronously
   * (a dataset or `src` set meanwhile wins).
   */
  private loadDefault() {
    this.cancelLoad();
    const locale = this.i18n.value.locale;
    this.builtInLocale = locale;
    const ready = builtInDataset(locale);
    if (ready) return this.useData(ready);
    const token = this.loadToken;
    const load = loadBuiltInDataset(locale).then(
      (data) => {
        if (token === this.loadToken) this.useData(data);
      },
      () => {
        if (token === this.loadToken) this.fail([(m) => m.builtInFailed], 'default');
      },
    );
    this.pending.add(load);
    void load.finally(() => this.pending.delete(load));
  }

  /** `updateComplete` also waits for a language being loaded and the built-in dataset (local and quick), not for `src`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size || this.i18n.loading) {
      await Promise.all([...this.pending, this.i18n.ready]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private useData(data: Dataset) {
    this.data = data;
    this.errors = [];
  }

  private fail(errors: ErrorItem[], source: DatasetErrorSource) {
    this.errors = errors;
    emit<DatasetErrorDetail>(this, 'dataset-error', { errors: errors.map(inEnglish), source });
  }

  private cancelLoad() {
    this.loadToken++;
    this.abortLoad?.abort();
    this.abortLoad = undefined;
    this.loading = false;
  }

  /** Loads `src`. A newer load (or a dataset set by code) cancels this one; a late answer is ignored. */
  private async load(url: string) {
    this.cancelLoad();
    const token = this.loadToken;
    const controller = new AbortController();
    this.abortLoad = controller;
    this.loading = true;
    let timedOut = false;
    const timeout = Math.max(0, Number(this.fetchTimeout) || DEFAULT_FETCH_TIMEOUT);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const response = await globalThis.fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (token !== this.loadToken) return;
      const { status, statusText } = response;
      if (!response.ok) throw new LoadError((m) => m.loadFailedStatus(url, status, statusText));
      const text = await readTextCapped(response, MAX_DATASET_CHARS);
      if (token !== this.loadToken) return;
      if (text === null) throw new LoadError((m) => m.loadTooLarge(url, MAX_DATASET_CHARS));
      const result = parseDatasetJson(text);
      this.loading = false;
      if (result.ok) this.useData(result.dataset);
      else this.fail(result.errors, 'src');
    } catch (error) {
      if (token !== this.loadToken) return;
      this.loading = false;
      const seconds = Math.round(timeout / 100) / 10;
      const message: ErrorItem =
        error instanceof LoadError ? error.describe : timedOut ? (m) => m.loadTimedOut(url, seconds) : (m) => m.loadFailedNetwork(url);
      this.fail([message], 'src');
    } finally {
      clearTimeout(timer);
      if (token === this.loadToken) this.abortLoad = undefined;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Clinic configuration

  /** Reads the first `<script type="application/json">` child as text (it is never run). */
  private readClinicChild() {
    const script = this.querySelector(':scope > script[type="application/json" i]');
    this.clinicText = script ? (script.textContent ?? '') : null;
  }

  /** Validates the clinic configuration against the dataset in use, when either changed. */
  private resolveClinic() {
    const data = this.data;
    if (!data) return;
    const input: unknown = this.clinic ?? null;
    const text = input === null ? this.clinicText : null;
    const m = this.clinicMemo;
    if (m.data === data && m.input === input && m.text === text) return;
    this.clinicMemo = { data, input, text };
    this.clinicInUse = undefined;
    this.clinicErrors = [];
    if (input === null && text === null) return;
    const optionIds = data.options.map((o) => o.id);
    const result = input !== null ? validateClinic(input, optionIds) : parseClinicJson(text!, optionIds);
    if (result.ok) {
      this.clinicInUse = result.clinic;
    } else {
      this.clinicErrors = result.errors;
      emit<DatasetErrorDetail>(this, 'dataset-error', { errors: [...result.errors], source: 'clinic' });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Model (the model computes; this only calls it)

  /** Recomputes what changed; returns true when the fits were recomputed. */
  private recompute(): boolean {
    const data = this.local;
    if (!data) return false;
    const m = this.memo;
    const criterionIds = data.criteria.map((c) => c.id);
    if (m.data !== data || m.weightsInput !== this.weights) {
      this.current =
        typeof this.weights === 'object' && this.weights !== null
          ? completeWeights(criterionIds, this.weights)
          : parseWeights(this.weights, criterionIds);
      m.weightsInput = this.weights;
    }
    const viewKey = [this.condition, this.options, this.mode, this.focusPair.join(','), this.hiddenOptions.join(',')].join('|');
    if (m.data !== data || m.viewKey !== viewKey) {
      const allIds = data.options.map((o) => o.id);
      const chosen = parseIdList(this.options, allIds);
      this.view = resolveView(data, { condition: this.condition, options: this.shownIds(chosen.length ? chosen : allIds) });
      m.viewKey = viewKey;
    }
    m.data = data;
    const shownIds = this.view!.options.map((o) => o.id);
    const concern = cleanConcern(this.concern, shownIds);
    const journeyKey = `${this.setAside.join(',')}|${JSON.stringify(concern ?? null)}`;
    if (m.view !== this.view || m.journeyKey !== journeyKey) {
      this.compared = withOwnConcern(withoutSetAside(this.view!, this.setAside), concern);
      m.journeyKey = journeyKey;
    }
    const hasConcern = this.compared!.criteria.some((c) => c.id === OWN_CONCERN_ID);
    if (hasConcern !== OWN_CONCERN_ID in this.current) {
      const { [OWN_CONCERN_ID]: _dropped, ...rest } = this.current;
      this.current = hasConcern ? { ...this.current, [OWN_CONCERN_ID]: DEFAULT_WEIGHT } : rest;
    }
    if (m.view === this.view && m.compared === this.compared && m.weights === this.current) return false;
    this.fit = computeFit(this.compared!, this.current);
    this.robustness = computeRobustness(this.compared!, this.current);
    m.view = this.view;
    m.compared = this.compared;
    m.weights = this.current;
    return true;
  }

  /** In counselor mode: the two options focused on, else the options not hidden (never none). */
  private shownIds(ids: readonly string[]): string[] {
    if (!this.isCounselor) return [...ids];
    const [a, b] = this.focusPair;
    if (a && b && a !== b && ids.includes(a) && ids.includes(b)) return ids.filter((id) => id === a || id === b);
    const shown = ids.filter((id) => !this.hiddenOptions.includes(id));
    return shown.length ? shown : [...ids];
  }

  // ---------------------------------------------------------------------------------------------
  // The URL hash (opt-in: persist="url"). Never free text: no notes, questions or own concern.

  /** Restores a state from the hash once, when the dataset is first there. Validated; never throws. */
  private restoreFromUrl() {
    if (!this.persistsInUrl || this.restored || !this.data || typeof location === 'undefined') return;
    this.restored = true;
    try {
      const hash = location.hash;
      const base = readHash(hash);
      if (base.weights) this.weights = base.weights;
      if (base.condition) this.condition = base.condition;
      if (base.options) this.options = base.options;
      const journey = readJourneyHash(
        hash,
        this.data.options.map((o) => o.id),
      );
      this.stage = journey.stage;
      this.decisionRole = journey.role;
      this.sure = journey.sure ?? {};
      this.setAside = journey.setAside ?? [];
    } catch {
      // A hash that cannot be read is ignored.
    }
  }

  /** The state as a hash, keeping the page's own keys. */
  private stateHash(): string {
    const base = writeHash(location.hash, {
      weights: this.weightsKey() || undefined,
      options: this.options || undefined,
      condition: this.condition || undefined,
    });
    return writeJourneyHash(base, { stage: this.stage, role: this.decisionRole, sure: this.sure, setAside: this.setAside });
  }

  /** Keeps the hash in step after a user change (persist="url" only; no history entry, no scroll). */
  private persistState() {
    if (!this.persistsInUrl || typeof location === 'undefined') return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${this.stateHash()}`);
    } catch {
      // Some sandboxed pages forbid it: the link button still works.
    }
  }

  private async copyLink() {
    const url = `${location.href.split('#')[0]}${this.stateHash()}`;
    this.copyText = url;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'fallback';
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#tc-copy-field');
      field?.focus();
      field?.select();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The decision journey and counselor controls (user input)

  /** After a journey change that may change the comparison: recompute, announce, report, persist. */
  private journeyChanged() {
    this.recompute();
    this.requestUpdate();
    this.scheduleAnnouncement();
    this.report();
  }

  private onStage = (event: CustomEvent<StageChangeDetail>) => {
    this.stage = event.detail.stage;
    this.decisionRole = event.detail.role;
    this.persistState();
  };

  private onSure = (event: CustomEvent<SureChangeDetail>) => {
    this.sure = { ...event.detail.answers };
    this.persistState();
  };

  /** Free text (notes, questions) stays inside the widget: the event does not reach the page. */
  private onPlan = (event: CustomEvent<PlanChangeDetail>) => {
    event.stopPropagation();
    this.questions = [...event.detail.questions];
    this.notes = event.detail.notes;
  };

  /** The own concern's name is free text: the event stays inside the widget. */
  private onDealBreakers = (event: CustomEvent<DealBreakersChangeDetail>) => {
    event.stopPropagation();
    const ids = this.local?.options.map((o) => o.id) ?? [];
    this.setAside = ids.filter((id) => event.detail.setAside.includes(id));
    this.concern = event.detail.concern;
    this.journeyChanged();
  };

  private onFocus(which: 0 | 1, value: string) {
    const pair: [string, string] = [...this.focusPair];
    pair[which] = value;
    this.focusPair = pair;
    this.journeyChanged();
  }

  private onShowOption(id: string, shown: boolean) {
    const hidden = new Set(this.hiddenOptions);
    if (shown) hidden.delete(id);
    else hidden.add(id);
    this.hiddenOptions = (this.local?.options ?? []).map((o) => o.id).filter((known) => hidden.has(known));
    this.focusPair = ['', ''];
    this.journeyChanged();
  }

  /** Start again: priorities to the middle, all options, and every journey answer cleared. */
  private startAgain() {
    if (!this.data) return;
    this.focusPair = ['', ''];
    this.hiddenOptions = [];
    this.setAside = [];
    this.concern = undefined;
    this.stage = undefined;
    this.decisionRole = undefined;
    this.sure = {};
    this.questions = undefined;
    this.notes = '';
    this.copyStatus = '';
    this.applyUser({ weights: completeWeights(this.data.criteria.map((c) => c.id)) }, true);
  }

  private print() {
    window.print();
  }

  private weightsKey(): string {
    return this.local
      ? serialiseWeights(
          this.current,
          this.local.criteria.map((c) => c.id),
        )
      : '';
  }

  // ---------------------------------------------------------------------------------------------
  // User input

  /** Applies a user change at once (so the chart follows a dragged slider), then reports it if committed. */
  private applyUser(change: { weights?: Weights; condition?: string }, commit: boolean) {
    if (!this.data) return;
    if (change.weights) {
      this.current = change.weights;
      this.weights = this.weightsKey();
      this.memo.weightsInput = this.weights;
    }
    if (change.condition !== undefined) this.condition = change.condition;
    this.recompute();
    this.requestUpdate();
    this.scheduleAnnouncement();
    if (commit) this.report();
  }

  /** Fires weights-change and ranking-change for a finished user change, each only if something changed. */
  private report() {
    this.persistState();
    const weights = this.weightsKey();
    if (weights !== this.reportedWeights) {
      this.reportedWeights = weights;
      emit<WeightsChangeDetail>(this, 'weights-change', { weights: { ...this.current } });
    }
    const ranking = rankingKey(this.fit, this.robustness);
    if (ranking !== this.reportedRanking && this.fit) {
      this.reportedRanking = ranking;
      emit<RankingChangeDetail>(this, 'ranking-change', {
        fits: this.fit.fits.map(({ optionId, fit }) => ({ optionId, fit })),
        close: this.robustness?.close ?? false,
        contenders: [...(this.robustness?.contenders ?? [])],
      });
    }
  }

  private onWeightInput = (event: CustomEvent<WeightInputDetail>) => {
    event.stopPropagation();
    const { criterionId, value, committed } = event.detail;
    if (!(criterionId in this.current)) return;
    const changed = this.current[criterionId] !== value;
    if (!changed && !committed) return;
    const weights = changed ? completeWeights(Object.keys(this.current), { ...this.current, [criterionId]: value }) : undefined;
    this.applyUser({ weights }, committed);
  };

  private onReset = (event: Event) => {
    event.stopPropagation();
    if (!this.data) return;
    this.applyUser({ weights: completeWeights(this.data.criteria.map((c) => c.id)) }, true);
  };

  private onConditionChange = (event: Event) => {
    const select = event.target as HTMLSelectElement;
    const detail: ConditionSelectDetail = { condition: select.value };
    this.applyUser({ condition: detail.condition }, true);
  };

  private scheduleAnnouncement() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(
      () => {
        this.announcement = this.describe();
      },
      Math.max(0, Number(this.announceDelay) || 0),
    );
  }

  /** What the live region says: every option's fit in dataset order, then how sure. */
  private describe(): string {
    const view = this.compared;
    const fit = this.fit;
    const m = this.i18n.messages;
    if (!view || !fit) return '';
    if (view.options.length === 0) return m.journey.allSetAside;
    if (fit.status === 'no-priorities') return m.announceNoPriorities;
    const byId = new Map(fit.fits.map((f) => [f.optionId, f.fit]));
    const parts = view.options.map((o) => m.chartPart(o.label, fitNumber(byId.get(o.id) ?? 0)));
    const sure = this.robustness
      ? howSureSentences(this.robustness, view.options, view.criteria, m, allAtStart(this.current))[0]
      : undefined;
    return m.announce(parts, sure);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override updated() {
    // Keep the selector in step with `condition` set by code (an option's `selected` attribute
    // stops applying once the user has picked one).
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#tc-condition');
    const selected = this.view?.condition?.id ?? '';
    if (select && select.value !== selected) select.value = selected;
  }

  /**
   * Structure comes from headings (h2 title, h3 parts), not landmarks: sections have no accessible
   * name, so the widget adds no region landmarks to the page (it sits in the page's own), and a
   * page with several widgets does not repeat the same landmark names.
   */
  override render() {
    // Before its first language is in, show nothing rather than text about to change language.
    if (this.i18n.waiting) return html`<article part="base" aria-busy="true"></article>`;
    const data = this.local;
    const m = this.i18n.messages;
    const disclosure = data ? this.renderDisclosure(data, m) : nothing;
    const classes = [disclosure === nothing ? '' : 'has-disclosure', this.isCounselor ? 'counselor' : 'patient'].filter(Boolean).join(' ');
    return html`<article
      part="base"
      lang=${m.language}
      dir=${m.direction}
      class=${classes}
      aria-labelledby=${data ? 'tc-title' : nothing}
      aria-busy=${this.loading ? 'true' : 'false'}
    >
      ${data ? this.renderDecision(data, m) : nothing} ${disclosure}
      <div class="status" role="status">${this.loading ? html`<p part="loading" class="loading">${m.loading}</p>` : nothing}</div>
      ${this.errors.length ? this.renderErrors(Boolean(data), m) : nothing}
      ${data && this.view ? this.renderMain(data, this.view, m) : nothing}
      <div class="visually-hidden" part="live" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </article>`;
  }

  private renderDecision(data: LocalDataset, m: Messages) {
    const overdue = localToday() > data.meta.reviewBy;
    return html`<header part="decision" class="decision">
      <h2 id="tc-title">${data.meta.title}</h2>
      <p class="question"><span class="label">${m.questionLabel}:</span> ${data.meta.question}</p>
      <p><span class="label">${m.conditionLabel}:</span> ${data.meta.condition}</p>
      <p class="not-advice" part="not-advice">${m.notAdvice}</p>
      ${overdue ? html`<p class="warning" part="review-warning" role="note">${m.reviewPassed(m.date(data.meta.reviewBy))}</p>` : nothing}
    </header>`;
  }

  /**
   * The clinic's conflict-of-interest disclosure: shown whenever the clinic provides an option
   * (shown or not). No `part`, fixed colours, no custom properties: page styles cannot hide it.
   */
  private renderDisclosure(data: LocalDataset, m: Messages) {
    const clinic = this.localClinic;
    if (!clinic || !clinic.provides.length) return nothing;
    const provided = new Set(clinic.provides);
    const labels = data.options.filter((o) => provided.has(o.id)).map((o) => o.label);
    if (!labels.length) return nothing;
    return html`<div class="tc-disclosure" role="note" aria-labelledby="tc-disclosure-title">
      <p>
        <strong id="tc-disclosure-title">${m.clinicDisclosureTitle}</strong>
        <span>${m.clinicDisclosure(clinic.name, labels)}</span>
      </p>
    </div>`;
  }

  /**
   * A list of problems. Validation messages are English whatever the language shown (they are
   * for web teams), so they are marked as English and, in another language, introduced as such.
   */
  private renderProblems(errors: readonly ErrorItem[], m: Messages) {
    const english = m.language === 'en' ? nothing : 'en';
    const note = m.errorDetailsNote && errors.some((e) => typeof e === 'string') ? html`<p>${m.errorDetailsNote}</p>` : nothing;
    return html`${note}
      <ul>
        ${errors.map((e) => (typeof e === 'string' ? html`<li lang=${english}>${e}</li>` : html`<li>${e(m)}</li>`))}
      </ul>`;
  }

  private renderClinic(view: ComparisonView<LocalDataset>, m: Messages) {
    if (this.clinicErrors.length) {
      return html`<div class="error" part="clinic-error" role="alert">
        <h3>${m.clinicErrorTitle}</h3>
        ${this.renderProblems(this.clinicErrors, m)}
        <p>${m.clinicErrorKept}</p>
      </div>`;
    }
    const clinic = this.localClinic;
    if (!clinic || !clinicHasFacts(clinic, view.options)) return nothing;
    return html`<section class="clinic" part="clinic" data-clinic>
      <h3 id="tc-clinic-title">${m.clinicTitle(clinic.name)}</h3>
      <tc-clinic-facts
        exportparts="clinic-facts, clinic-table, clinic-list, clinic-contact"
        .clinic=${clinic}
        .options=${view.options}
        .messages=${m}
      ></tc-clinic-facts>
    </section>`;
  }

  private renderErrors(kept: boolean, m: Messages) {
    return html`<div class="error" part="error" role="alert">
      <h3>${m.errorTitle}</h3>
      ${this.renderProblems(this.errors, m)} ${kept ? html`<p>${m.errorKept}</p>` : nothing}
    </div>`;
  }

  /** Print, copy link (persist="url" only) and its privacy note. */
  private renderTakeAway(m: Messages) {
    const j = m.journey;
    return html`<div class="take-away controls" part="take-away">
      <button type="button" class="print" @click=${this.print}>${j.printButton}</button>
      ${
        this.persistsInUrl
          ? html`<button type="button" class="copy-link" @click=${this.copyLink} aria-describedby="tc-link-privacy">${j.copyLink}</button>
            <p id="tc-link-privacy" class="muted">${j.linkPrivacy}</p>
            <div role="status" class="copy-status">
              ${this.copyStatus === 'copied' ? html`<p>${j.copied}</p>` : nothing}
            </div>
            ${
              this.copyStatus === 'fallback'
                ? html`<p class="copy-fallback">
                  <label for="tc-copy-field">${j.copyFallback}</label>
                  <input id="tc-copy-field" type="text" readonly .value=${this.copyText} />
                </p>`
                : nothing
            }`
          : nothing
      }
    </div>`;
  }

  /** Counselor mode: focus on two options, show or hide options, start again. */
  private renderCounselorControls(data: LocalDataset, m: Messages) {
    const j = m.journey;
    const shown = new Set(this.view?.options.map((o) => o.id) ?? []);
    const focusing = Boolean(this.focusPair[0] && this.focusPair[1] && this.focusPair[0] !== this.focusPair[1]);
    const select = (which: 0 | 1, label: string) => html`<label for=${`tc-focus-${which}`}>${label}</label>
      <select id=${`tc-focus-${which}`} class="focus" @change=${(e: Event) => this.onFocus(which, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!this.focusPair[which]}>${j.focusNone}</option>
        ${data.options.map((o) => html`<option value=${o.id} ?selected=${this.focusPair[which] === o.id}>${o.label}</option>`)}
      </select>`;
    return html`<section class="counselor-controls controls" part="counselor-controls">
      <h3 id="tc-counselor-title">${j.counselorTitle}</h3>
      <fieldset class="focus-pair">
        <legend>${j.focusLabel}</legend>
        ${select(0, j.focusFirst)} ${select(1, j.focusSecond)}
      </fieldset>
      <fieldset class="show-options">
        <legend>${j.showOptions}</legend>
        ${data.options.map(
          (o) => html`<label class="choice">
            <input
              type="checkbox"
              data-option=${o.id}
              .checked=${shown.has(o.id)}
              ?disabled=${focusing || (shown.has(o.id) && shown.size === 1)}
              @change=${(e: Event) => this.onShowOption(o.id, (e.target as HTMLInputElement).checked)}
            />${o.label}
          </label>`,
        )}
      </fieldset>
      <button type="button" class="start-again" @click=${this.startAgain}>${j.resetAll}</button>
    </section>`;
  }

  private renderMain(data: LocalDataset, view: ComparisonView<LocalDataset>, m: Messages) {
    const j = m.journey;
    const conditions = data.conditions ?? [];
    const selected = view.condition?.id ?? '';
    const compared = this.compared ?? view;
    const aside = view.options.filter((o) => this.setAside.includes(o.id));
    const counselor = this.isCounselor;
    // Step 1; in counselor mode it follows the grid and priorities, which lead the screen.
    const stage = html`<div class="journey-stage controls">
        <tc-decision-stage
          .stage=${this.stage}
          .decisionRole=${this.decisionRole}
          .messages=${j}
          @stage-change=${this.onStage}
        ></tc-decision-stage>
      </div>`;
    return html`
      ${this.renderTakeAway(m)}
      ${counselor ? this.renderCounselorControls(data, m) : nothing}
${counselor ? nothing : stage}
      <div class="talk">
        <section class="grid-section">
          <h3 id="tc-grid-title">${m.gridTitle}</h3>
          ${
            conditions.length
              ? html`<div class="condition">
                <label for="tc-condition">${m.conditionSelect}</label>
                <select id="tc-condition" part="condition-select" @change=${this.onConditionChange}>
                  <option value="" ?selected=${selected === ''}>${m.conditionAll}</option>
                  ${conditions.map((c) => html`<option value=${c.id} ?selected=${selected === c.id}>${c.label}</option>`)}
                </select>
              </div>`
              : nothing
          }
          ${view.condition?.note ? html`<p class="condition-note">${view.condition.note}</p>` : nothing}
          ${
            aside.length
              ? html`<ul class="set-aside" part="set-aside">
                ${aside.map((o) => html`<li data-option=${o.id}><strong>${j.setAside}:</strong> ${j.setAsideNote(o.label)}</li>`)}
              </ul>`
              : nothing
          }
          <tc-option-grid exportparts="grid, cards, option-card, cell, cell-detail" .view=${view} .data=${data} .messages=${m}></tc-option-grid>
        </section>
        ${this.renderClinic(view, m)}
        <div class="weigh">
          <section class="priorities" part="priorities">
            <h3 id="tc-sliders-title">${counselor ? j.prioritiesTitle : m.slidersTitle}</h3>
            <tc-priority-sliders
              exportparts="slider, slider-input, reset"
              .criteria=${compared.criteria}
              .weights=${this.current}
              .messages=${m}
              @tc-weight-input=${this.onWeightInput}
              @tc-weights-reset=${this.onReset}
            ></tc-priority-sliders>
            <tc-deal-breakers
              class="controls"
              .options=${view.options}
              .setAside=${this.setAside}
              .concern=${this.concern}
              .messages=${j}
              @deal-breakers-change=${this.onDealBreakers}
            ></tc-deal-breakers>
          </section>
          <section class="results" part="results">
            <h3 id="tc-chart-title">${m.chartTitle}</h3>
            ${
              compared.options.length === 0
                ? html`<p class="all-set-aside">${j.allSetAside}</p>`
                : html`<tc-fit-chart
                    exportparts="chart, legend, table, chart-empty"
                    .options=${compared.options}
                    .criteria=${compared.criteria}
                    .fit=${this.fit}
                    .messages=${m}
                  ></tc-fit-chart>
                  ${
                    this.fit?.status === 'ok'
                      ? html`<h4>${m.howSureTitle}</h4>
                        <tc-how-sure
                          exportparts="how-sure"
                          .robustness=${this.robustness}
                          .options=${compared.options}
                          .criteria=${compared.criteria}
                          .messages=${m}
                          .atStart=${allAtStart(this.current)}
                        ></tc-how-sure>`
                      : nothing
                  }`
            }
          </section>
        </div>
      </div>
      ${counselor ? stage : nothing}
      <div class="journey-sure controls">
        <tc-sure-check .answers=${this.sure} .messages=${j} @sure-change=${this.onSure}></tc-sure-check>
      </div>
      <div class="journey-plan controls">
        <tc-your-plan .questions=${this.questions} .notes=${this.notes} .messages=${j} @plan-change=${this.onPlan}></tc-your-plan>
      </div>
      <section class="about">
        <h3 id="tc-about-title">${m.aboutTitle}</h3>
        <tc-about-evidence exportparts="about, citations" .data=${data} .messages=${m}></tc-about-evidence>
      </section>
      ${renderSummary(
        {
          data,
          view,
          compared,
          fit: this.fit,
          robustness: this.robustness,
          weights: this.current,
          stage: this.stage,
          role: this.decisionRole,
          sure: this.sure,
          questions: this.questions ?? [...j.defaultQuestions],
          notes: this.notes,
          setAside: this.setAside,
          today: localToday(),
        },
        m,
      )}
    `;
  }
}
