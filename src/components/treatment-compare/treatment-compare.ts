import { html, nothing, type PropertyValues } from 'lit';
import { AnnouncerController, DEFAULT_ANNOUNCE_DELAY } from '../../controllers/announcer.js';
import { ClinicConfigController } from '../../controllers/clinic-config.js';
import { CounselorLayoutController } from '../../controllers/counselor-layout.js';
import type { CounselorScreenController } from '../../controllers/counselor-screen.js';
import { DataSourceController, DEFAULT_FETCH_TIMEOUT, type ErrorItem } from '../../controllers/data-source.js';
import { JourneyController } from '../../controllers/journey.js';
import { ModelErrorsController } from '../../controllers/model-errors.js';
import { PersonChangeController } from '../../controllers/person-change.js';
import { TakeAwayController } from '../../controllers/take-away.js';
import { UrlStateController } from '../../controllers/url-state.js';
import { emitPublic } from '../../events.js';
import { LocaleController, englishMessages, announcement, type Messages } from '../../i18n/index.js';
import type { LocalClinic } from '../../model/clinic.js';
import { createComparison, type Comparison, type ComparisonInputs } from '../../model/comparison.js';
import { OWN_CONCERN_ID } from '../../model/concern.js';
import { localiseClinic, localiseDataset } from '../../model/localise.js';
import { memoLast } from '../../model/memo.js';
import type { LocalDataset } from '../../model/schema.js';
import { parseIdList, serialiseWeights, weightsFromInput } from '../../model/state.js';
import type { UrlState } from '../../model/url-state.js';
import { builtInDataset, loadBuiltInDataset } from '../../sources/built-in-dataset.js';
import { TreatmentCompareProperties } from './treatment-compare.properties.js';
import { renderTurn } from './render-queue.js';
import { rootStyles } from './treatment-compare.styles.js';
import { renderCounselorParts, renderMain } from './treatment-compare.main.js';
import { renderDecision, renderDisclosure, renderErrors, renderSkipLinks } from './treatment-compare.templates.js';
import type { CounselorLayout } from '../../lazy.js';

export { UNDO_OFFER_MS } from '../../controllers/undo-offer.js';
export { DEFAULT_ANNOUNCE_DELAY, DEFAULT_FETCH_TIMEOUT };
export type { TreatmentCompareMode } from './treatment-compare.properties.js';

const idOf = (o: { id: string }) => o.id;

/** The English text of a problem, as `dataset-error` reports it. */
const inEnglish = (error: ErrorItem) => (typeof error === 'string' ? error : error(englishMessages));

/**
 * A patient decision aid: compares treatment options side by side with cited evidence, lets the
 * patient say what matters to them, and shows how each option lines up with it. It informs and
 * never recommends: options stay in the dataset's order and nothing is called "best".
 *
 * Data: the `dataset` property, else `src`, else the built-in chronic-pain comparison. Language:
 * `lang` on the element or the nearest ancestor (`en`, `es`; others fall back to English). A
 * clinic's own facts: the `clinic` property or an inline `<script type="application/json">` child;
 * when the clinic provides an option, a disclosure no page style can hide says so. Bad input shows
 * a plain message and fires `dataset-error`; the widget keeps what it had. See the README.
 *
 * Events reach the page only from this element, and only for a person's action (never for a
 * property or attribute set by code). Its parts report to it with internal events that are never
 * composed, so free text (notes, questions, the person's own concern) cannot leave the widget.
 *
 * @tagname treatment-compare
 * @summary Compare treatment options with cited evidence and see how each lines up with what matters to you.
 *
 * @fires {WeightsChangeDetail} weights-change - `{ weights: Record<string, number> }`: every criterion's slider value 0-10, after a user change.
 * @fires {RankingChangeDetail} ranking-change - `{ fits: { optionId, fit }[], close, contenders }`: fits 0-100 in dataset order, after a user change that changes them (never while waiting for priorities).
 * @fires {DatasetErrorDetail} dataset-error - `{ errors: string[], source: 'src' | 'property' | 'default' | 'clinic' }`: a dataset failed to load or validate, or (`clinic`) the clinic configuration is invalid.
 * @fires {StageChangeDetail} stage-change - `{ stage?, role? }`: the person said where they are in deciding, or how they would like to decide.
 * @fires {SureChangeDetail} sure-change - `{ answers, score, answered, mayHelpToTalk }`: the person answered a SURE question.
 *
 * @csspart base - the whole widget
 * @csspart decision - the decision: title, question, condition, "not a recommendation"
 * @csspart not-advice - the line saying this informs and does not recommend
 * @csspart review-warning - the warning shown once the review-by date has passed
 * @csspart loading - the loading message
 * @csspart error - the error message
 * @csspart condition-select - the condition selector
 * @csspart grid - the table of questions by options (a block of rows per question when narrow)
 * @csspart options-key - the list saying what each option is
 * @csspart cell - one cell of the grid: rating and short answer
 * @csspart more - a question's full answers, opened with its "More" button
 * @csspart cell-detail - the sources of one answer (closed at first)
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
 * @csspart results - the results section (chart and "Could this change?", or how to start)
 * @csspart waiting - the result before priorities are given: how to start, and "Show with equal priorities"
 * @csspart mini-result - the compact result that stays under the sliders on a narrow container
 * @csspart chart - the chart SVG
 * @csspart legend - the chart legend
 * @csspart table - the table of the chart's numbers
 * @csspart chart-empty - the message shown when no slider is above 0
 * @csspart how-sure - the "Could this change?" readout
 * @csspart next-steps - the closed part with the stage, the SURE check and the plan (patient mode)
 * @csspart about - the "about this information" body
 * @csspart about-details - the closed disclosure with the dates, method and every source
 * @csspart citations - the list of sources
 * @csspart live - the visually hidden live region
 * @csspart take-away - the print and copy-link buttons
 * @csspart counselor-controls - counselor mode: the toolbar (compare two options, print, start again)
 * @csspart compact-result - counselor mode: the result on the first screen (one bar per option)
 * @csspart cell-popover - counselor mode: the popover with one option's answer to one question
 * @csspart set-aside - the list of options the person set aside
 * @csspart summary - the one-page summary (shown only when printing)
 *
 * @cssproperty [--tc-accent=color-mix(in srgb, #1d5fa6 70%, currentColor)] - accent colour (focus ring, rating dots, sliders); set a light one on a dark page
 * @cssproperty [--tc-on-accent=#ffffff] - text on the accent colour
 * @cssproperty [--tc-radius=0.5rem] - corner radius
 * @cssproperty [--tc-gap=1rem] - space between parts
 * @cssproperty [--tc-surface=color-mix(in srgb, currentColor 5%, transparent)] - background of panels
 * @cssproperty [--tc-border=color-mix(in srgb, currentColor 35%, transparent)] - border colour
 * @cssproperty [--tc-muted=color-mix(in srgb, currentColor 78%, transparent)] - secondary text
 * @cssproperty [--tc-focus=var(--tc-accent)] - focus ring colour
 * @cssproperty [--tc-warning=color-mix(in srgb, #8a4b00 70%, currentColor)] - border of warnings
 * @cssproperty [--tc-control-border] - edge of fields and buttons (at least 3:1 against the page by default)
 * @cssproperty [--tc-slider-track] - the slider's track
 * @cssproperty [--tc-link=inherit] - link colour
 * @cssproperty [--tc-target-size=44px] - smallest size of a touch target
 * @cssproperty [--tc-series-1=#0072b2] - chart colour of the 1st criterion (--tc-series-1 to --tc-series-7)
 */
export class TreatmentCompare extends TreatmentCompareProperties {
  static override styles = rootStyles;
  /** The current slider values (0-10) by criterion id; a copy. */
  get currentWeights(): Record<string, number> {
    return { ...(this.comparison?.weights ?? {}) };
  }

  // Side jobs, one controller each.
  private readonly i18n: LocaleController = new LocaleController(this, (locale): Promise<boolean> | undefined =>
    this.source.usesBuiltIn ? loadBuiltInDataset(locale).then(() => builtInDataset(locale) !== undefined) : undefined,
  );
  private readonly source: DataSourceController = new DataSourceController(
    this,
    () => ({
      dataset: this.datasetValue,
      src: this.src,
      fetchTimeout: this.fetchTimeout,
      locale: this.i18n.value.locale,
      languageLoading: this.i18n.loading,
    }),
    (errors, source) => emitPublic(this, 'dataset-error', { errors: errors.map(inEnglish), source }),
  );
  private readonly clinicConfig = new ClinicConfigController(
    this,
    () => ({ clinic: this.clinic, optionIds: this.source.data?.options.map(idOf) }),
    (errors) => emitPublic(this, 'dataset-error', { errors, source: 'clinic' }),
  );
  private readonly url = new UrlStateController(
    this,
    () => this.persistsInUrl,
    (state) => this.restore(state),
  );
  private readonly announcer = new AnnouncerController(
    this,
    () => this.announceDelay,
    () => this.i18n.value,
  );
  private readonly modelErrors = new ModelErrorsController(this, () => this.source.origin);
  private readonly change: PersonChangeController = new PersonChangeController(this, {
    ready: () => this.local !== undefined,
    derive: (change) => this.derive(this.inputs(this.local!, change)),
    shown: () => this.comparison,
    announce: () => this.announcer.schedule(() => (this.comparison ? announcement(this.comparison, this.i18n.messages) : '')),
    save: (comparison) => this.url.save(this.urlState(comparison)),
  });
  private readonly journey: JourneyController = new JourneyController(this, {
    optionIds: () => this.local?.options.map(idOf) ?? [],
    save: () => this.url.save(this.urlState()),
    changed: this.change.made,
  });
  /** Counselor mode's screen: created with its layout (see `update`), which brings its code. */
  private counselor?: CounselorScreenController;
  /** Counselor mode's layout and styles, loaded only for a widget in counselor mode. */
  private readonly counselorLayout = new CounselorLayoutController(
    this,
    () => this.isCounselor,
    (errors) => emitPublic(this, 'dataset-error', { errors: errors.map(inEnglish), source: this.source.origin }),
  );
  private readonly takeAway = new TakeAwayController(this, this.url, () => this.urlState());

  // What is shown: the inputs in the language shown, and the one derivation from them (memoised; slider ids once per dataset).
  private readonly localiseData = memoLast(localiseDataset);
  private readonly localiseClinicFacts = memoLast(localiseClinic);
  private readonly readWeights = memoLast(weightsFromInput);
  private readonly weightIds = memoLast((data: LocalDataset) => [...data.criteria.map(idOf), OWN_CONCERN_ID]);
  private readonly derive = createComparison();
  private local?: LocalDataset;
  private localClinic?: LocalClinic;
  private comparison?: Comparison;
  /** Rendered among many widgets on the page (see `scheduleUpdate`). */
  private many = false;

  protected override langChanged() {
    this.i18n.refresh();
  }

  /** An update waits its turn when other widgets on the page update in this task (see render-queue.ts). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = renderTurn();
    if (!turn) return this.performUpdate();
    this.many = true;
    return turn.then(() => this.performUpdate());
  }

  /** `updateComplete` also waits for a language, the built-in dataset, validations (local and quick), counselor mode's layout and a first picture's sampling, not for `src`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const pending = () => [...this.source.pending, ...this.clinicConfig.pending, ...this.counselorLayout.pending, ...this.change.pending];
    while (pending().length || this.i18n.loading) {
      await Promise.all([...pending(), this.i18n.ready]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The inputs of the derivation as they stand, with a person's change applied. */
  private inputs(data: LocalDataset, change: Partial<ComparisonInputs> = {}): ComparisonInputs {
    return {
      data,
      weights: this.readWeights(this.weights, this.weightIds(data)),
      condition: this.condition,
      options: parseIdList(this.options, data.options.map(idOf)),
      setAside: this.journey.state.setAside,
      concern: this.journey.state.concern,
      prioritiesGiven: this.change.prioritiesGiven,
      robustnessLater: this.change.robustnessLater,
      ...(this.isCounselor ? this.counselor?.view : {}),
      ...change,
    };
  }

  /** Derives what is shown; here rather than in `willUpdate` because the controllers settle their state in `hostUpdate`, which runs after it. */
  protected override update(changed: PropertyValues<this>) {
    const layout = this.counselorLayout.layout;
    this.counselor ??= layout && this.counselorScreen(layout);
    const locale = this.i18n.value;
    const data = this.source.data;
    this.local = data && this.localiseData(data, locale.textKeys);
    const clinic = this.clinicConfig.clinic;
    this.localClinic = clinic && this.localiseClinicFacts(clinic, locale.textKeys, this.local?.langs);
    try {
      this.comparison = this.local && this.derive(this.inputs(this.local));
      this.modelErrors.derived();
    } catch (error) {
      this.modelErrors.failed(error); // shown, reported after this update; the last good picture stays
    }
    if (this.comparison) this.change.observe(this.comparison);
    this.adoptLater(layout ? [layout.counselorStyles] : []);
    super.update(changed);
  }

  private counselorScreen(layout: CounselorLayout): CounselorScreenController {
    return new layout.CounselorScreenController(this, {
      data: () => this.local,
      journey: this.journey,
      change: this.change,
      startedAgain: () => this.url.reset(),
    });
  }

  /** What a link may carry: never free text, and no priorities while none were given (opening the link must wait too). */
  private urlState(c = this.comparison): UrlState {
    return {
      weights: c && !c.waiting ? serialiseWeights(c.weights) : undefined,
      options: this.options || undefined,
      condition: this.condition || undefined,
      ...this.journey.link,
    };
  }

  private restore(state: UrlState) {
    if (state.weights) this.weights = state.weights;
    if (state.condition) this.condition = state.condition;
    if (state.options) this.options = state.options;
    this.journey.restore(state);
  }

  /** The comparison, priorities and result, and the rest: patient mode's layout or counselor mode's. */
  private renderBody(data: LocalDataset, comparison: Comparison, layout: CounselorLayout | undefined, m: Messages) {
    const input = {
      data,
      comparison,
      clinic: this.localClinic,
      langs: this.localClinic?.langs ?? data.langs,
      clinicErrors: this.clinicConfig.errors,
      journey: this.journey.state,
      takeAway: this.takeAway.input(this.persistsInUrl),
      onCondition: this.change.onCondition,
      onShowEqual: this.change.onShowEqual,
      moving: this.change.dragging,
      printEvidence: this.takeAway.printEvidence,
    };
    if (!layout || !this.counselor) return renderMain(input, m);
    return layout.renderCounselorMain({ ...input, screen: this.counselor.screen, parts: renderCounselorParts(input, m) }, m);
  }

  /**
   * Structure comes from headings (h2 title, h3 parts), not landmarks, so several widgets on a page
   * add no repeated landmark names.
   */
  override render() {
    // Before its first language is in, show nothing rather than text about to change language.
    if (this.i18n.waiting) return html`<article part="base" aria-busy="true"></article>`;
    // A widget in counselor mode shows its loading state until counselor mode's layout is in (never patient mode's first).
    const layout = this.counselorLayout.layout;
    const data = this.isCounselor && !layout ? undefined : this.local;
    const m = this.i18n.messages;
    const disclosure = data ? renderDisclosure(data, this.localClinic, m) : nothing;
    const classes = [disclosure === nothing ? '' : 'has-disclosure', this.isCounselor ? 'counselor' : 'patient', this.many ? 'many' : '']
      .filter(Boolean)
      .join(' ');
    const loading = this.source.loading || this.counselorLayout.loading;
    const errors = [...this.source.errors, ...this.counselorLayout.errors, ...this.modelErrors.errors];
    return html`<article
      part="base"
      lang=${m.language}
      dir=${m.direction}
      class=${classes}
      aria-labelledby=${data ? 'tc-title' : nothing}
      aria-busy=${loading ? 'true' : 'false'}
      @tc-weight-input=${this.change.onWeightInput}
      @tc-weights-reset=${this.change.onReset}
      @tc-stage-input=${this.journey.onStage}
      @tc-sure-input=${this.journey.onSure}
      @tc-plan-input=${this.journey.onPlan}
      @tc-deal-breakers-input=${this.journey.onDealBreakers}
    >
      ${data && this.comparison ? renderSkipLinks(this.comparison, m) : nothing}
      ${data ? (layout ? layout.renderCounselorDecision(data, m) : renderDecision(data, m)) : nothing} ${disclosure}
      <div class="status" role="status">${loading ? html`<p part="loading" class="loading">${m.loading}</p>` : nothing}</div>
      ${errors.length ? renderErrors(errors, Boolean(data && this.comparison), m) : nothing}
      ${data && this.comparison ? this.renderBody(data, this.comparison, layout, m) : nothing}
      <div class="visually-hidden" part="live" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
    </article>`;
  }
}
