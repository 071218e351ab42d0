import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController, DEFAULT_ANNOUNCE_DELAY } from '../../controllers/announcer.js';
import { ChangeReporter } from '../../controllers/change-reporter.js';
import { ClinicConfigController } from '../../controllers/clinic-config.js';
import { DataSourceController, DEFAULT_FETCH_TIMEOUT, type ErrorItem } from '../../controllers/data-source.js';
import { UrlStateController } from '../../controllers/url-state.js';
import {
  emitPublic,
  type DealBreakersInputDetail,
  type PlanInputDetail,
  type StageInputDetail,
  type SureInputDetail,
  type WeightInputDetail,
} from '../../events.js';
import { LocaleController, englishMessages, fitNumber, readoutSentences, type Messages, type ResolvedLocale } from '../../i18n/index.js';
import type { Clinic, LocalClinic } from '../../model/clinic.js';
import { clinicHasFacts } from '../../model/clinic-facts.js';
import { createComparison, type Comparison, type ComparisonInputs } from '../../model/comparison.js';
import { OWN_CONCERN_ID, type OwnConcern } from '../../model/concern.js';
import { localToday } from '../../model/dates.js';
import { localiseClinic, localiseDataset } from '../../model/localise.js';
import { memoLast } from '../../model/memo.js';
import type { Dataset, LocalDataset } from '../../model/schema.js';
import type { Role, Stage } from '../../model/stage.js';
import { parseIdList, parseWeights } from '../../model/state.js';
import { scoreSure, type SureAnswers } from '../../model/sure.js';
import type { UrlState } from '../../model/url-state.js';
import { completeWeights, type Weights } from '../../model/weights.js';
import { renderSummary } from '../../print/print-summary.js';
import { builtInDataset, loadBuiltInDataset } from '../../sources/built-in-dataset.js';
import { rootStyles } from './treatment-compare.styles.js';
import {
  renderClinicErrors,
  renderConditionSelect,
  renderCounselorControls,
  renderDecision,
  renderDisclosure,
  renderErrors,
  renderTakeAway,
} from './treatment-compare.templates.js';

export { DEFAULT_ANNOUNCE_DELAY, DEFAULT_FETCH_TIMEOUT };

/**
 * `patient` (the default): the decision journey, every step optional. `counselor`: for a shared
 * screen in a consultation: large type, the grid and the priorities side by side, and controls to
 * focus on two options, hide or show options, and start again. Unknown values act as `patient`.
 */
export type TreatmentCompareMode = 'patient' | 'counselor';

/** The English text of a problem, as `dataset-error` reports it. */
const inEnglish = (error: ErrorItem) => (typeof error === 'string' ? error : error(englishMessages));

/** An enumerated attribute's value as HTML compares them: trimmed, ASCII case ignored. */
const enumerated = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** The `weights` property (text or an object) as complete weights for these criterion ids. */
const weightsFrom = (value: unknown, ids: readonly string[]): Weights =>
  typeof value === 'object' && value !== null ? completeWeights(ids, value as Record<string, unknown>) : parseWeights(value, ids);

/** Weights as the `weights` attribute writes them. */
const serialise = (weights: Weights) =>
  Object.entries(weights)
    .map(([id, w]) => `${id}:${w}`)
    .join(',');

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
 * @fires {RankingChangeDetail} ranking-change - `{ fits: { optionId, fit }[], close, contenders }`: fits 0-100 in dataset order, after a user change that changes them.
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

  private datasetValue: Dataset | null = null;

  /**
   * A dataset object to use instead of `src` or the built-in one; validated. `null` goes back to
   * `src` or the built-in one. This contract name shadows `HTMLElement.dataset`: while no dataset
   * is set, reading it gives the element's `data-*` map (cast to `Dataset` to read a set one).
   */
  override get dataset(): DOMStringMap {
    return (this.datasetValue as unknown as DOMStringMap | null) ?? (Reflect.get(HTMLElement.prototype, 'dataset', this) as DOMStringMap);
  }

  override set dataset(value: Dataset | null | undefined) {
    const old = this.datasetValue;
    this.datasetValue = value ?? null;
    this.requestUpdate('dataset', old);
  }

  /** The current slider values (0-10) by criterion id; a copy. */
  get currentWeights(): Record<string, number> {
    return { ...(this.comparison?.weights ?? {}) };
  }

  // The decision journey and counselor mode: kept in the page (see `persist` for what a link holds).
  @state() private stage?: Stage;
  @state() private decisionRole?: Role;
  @state() private sure: SureAnswers = {};
  @state() private setAside: string[] = [];
  @state() private concern?: OwnConcern;
  @state() private questions?: string[];
  @state() private notes = '';
  @state() private focusPair: [string, string] = ['', ''];
  @state() private hiddenOptions: string[] = [];

  // Side jobs, one controller each.
  private readonly i18n: LocaleController = new LocaleController(this, (locale): Promise<boolean> | undefined =>
    this.source.usesBuiltIn ? loadBuiltInDataset(locale).then(() => builtInDataset(locale) !== undefined) : undefined,
  );
  private readonly source: DataSourceController = new DataSourceController(
    this,
    () => ({ dataset: this.datasetValue, src: this.src, fetchTimeout: this.fetchTimeout, locale: this.i18n.value.locale }),
    (errors, source) => emitPublic(this, 'dataset-error', { errors: errors.map(inEnglish), source }),
  );
  private readonly clinicConfig = new ClinicConfigController(
    this,
    () => ({ clinic: this.clinic, optionIds: this.source.data?.options.map((o) => o.id) }),
    (errors) => emitPublic(this, 'dataset-error', { errors, source: 'clinic' }),
  );
  private readonly url = new UrlStateController(
    this,
    () => this.persistsInUrl,
    (state) => this.restore(state),
  );
  private readonly announcer = new AnnouncerController(this, () => this.announceDelay);
  private readonly reporter = new ChangeReporter(this);

  // What is shown: the inputs in the language shown, and the one derivation from them.
  private readonly localiseData = memoLast(localiseDataset);
  private readonly localiseClinicFacts = memoLast(localiseClinic);
  private readonly readWeights = memoLast(weightsFrom);
  private readonly derive = createComparison();
  private local?: LocalDataset;
  private localClinic?: LocalClinic;
  private comparison?: Comparison;
  private shownLocale?: ResolvedLocale;

  private get isCounselor(): boolean {
    return enumerated(this.mode) === 'counselor';
  }

  private get persistsInUrl(): boolean {
    return enumerated(this.persist) === 'url';
  }

  /** `lang` is a global attribute (not a property here); it is observed so the language follows it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.i18n.refresh();
  }

  /** `updateComplete` also waits for a language, the built-in dataset and validations (local and quick), not for `src`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    const pending = () => [...this.source.pending, ...this.clinicConfig.pending];
    while (pending().length || this.i18n.loading) {
      await Promise.all([...pending(), this.i18n.ready]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The inputs of the derivation as they stand, with a person's change applied. */
  private inputs(data: LocalDataset, change: Partial<ComparisonInputs> = {}): ComparisonInputs {
    const ids = [...data.criteria.map((c) => c.id), OWN_CONCERN_ID];
    return {
      data,
      weights: this.readWeights(this.weights, ids),
      condition: this.condition,
      options: parseIdList(
        this.options,
        data.options.map((o) => o.id),
      ),
      setAside: this.setAside,
      concern: this.concern,
      ...(this.isCounselor ? { focus: this.focusPair, hidden: this.hiddenOptions } : {}),
      ...change,
    };
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    const locale = this.i18n.value;
    if (this.shownLocale && this.shownLocale !== locale) this.announcer.clear(); // never a sentence in the old language
    this.shownLocale = locale;
    const data = this.source.data;
    this.local = data && this.localiseData(data, locale.textKeys);
    const clinic = this.clinicConfig.clinic;
    this.localClinic = clinic && this.localiseClinicFacts(clinic, locale.textKeys);
    this.comparison = this.local && this.derive(this.inputs(this.local));
    if (this.comparison) this.reporter.observe(this.comparison);
  }

  /** A change the person made: derive at once (so events carry the new picture), announce, and report it when finished. */
  private personChanged(change: Partial<ComparisonInputs>, commit = true) {
    if (!this.local) return;
    const comparison = this.derive(this.inputs(this.local, change));
    this.reporter.personChanged(comparison, commit);
    this.announcer.schedule(() => this.describe());
    if (commit) this.url.save(this.urlState(comparison));
  }

  /** What a link may carry: never free text. */
  private urlState(c = this.comparison) {
    return {
      weights: c
        ? Object.entries(c.weights)
            .map(([id, w]) => `${id}:${w}`)
            .join(',')
        : undefined,
      options: this.options || undefined,
      condition: this.condition || undefined,
      stage: this.stage,
      role: this.decisionRole,
      sure: this.sure,
      setAside: this.setAside,
    };
  }

  private restore(state: UrlState) {
    if (state.weights) this.weights = state.weights;
    if (state.condition) this.condition = state.condition;
    if (state.options) this.options = state.options;
    this.stage = state.stage;
    this.decisionRole = state.role;
    this.sure = state.sure ?? {};
    this.setAside = state.setAside ?? [];
  }

  /** What the live region says: every option's fit in dataset order, then how sure. */
  private describe(): string {
    const c = this.comparison;
    const m = this.i18n.messages;
    if (!c) return '';
    if (c.compared.options.length === 0) return m.journey.allSetAside;
    if (c.fit.status === 'no-priorities') return m.announceNoPriorities;
    const parts = c.compared.options.map((o) => m.chartPart(o.label, fitNumber(c.fitById.get(o.id) ?? 0)));
    return m.announce(parts, readoutSentences(c.readout, c.compared.options, c.compared.criteria, m, c.atStart)[0]);
  }

  // ---- What the person does (from the parts' internal events and the root's own controls)

  private onWeightInput = (event: CustomEvent<WeightInputDetail>) => {
    const { criterionId, value, committed } = event.detail;
    const current = this.comparison?.weights;
    if (!current || !Object.hasOwn(current, criterionId)) return;
    if (current[criterionId] === value && !committed) return;
    const weights = { ...current, [criterionId]: value };
    this.weights = serialise(weights);
    this.personChanged({ weights }, committed);
  };

  private onReset = () => {
    if (!this.local) return;
    const weights = completeWeights(this.comparison?.compared.criteria.map((c) => c.id) ?? []);
    this.weights = serialise(weights);
    this.personChanged({ weights });
  };

  private onCondition = (condition: string) => {
    this.condition = condition;
    this.personChanged({ condition });
  };

  private onStage = (event: CustomEvent<StageInputDetail>) => {
    this.stage = event.detail.stage;
    this.decisionRole = event.detail.role;
    emitPublic(this, 'stage-change', { ...event.detail });
    this.url.save(this.urlState());
  };

  private onSure = (event: CustomEvent<SureInputDetail>) => {
    this.sure = { ...event.detail.answers };
    emitPublic(this, 'sure-change', { answers: { ...this.sure }, ...scoreSure(this.sure) });
    this.url.save(this.urlState());
  };

  private onPlan = (event: CustomEvent<PlanInputDetail>) => {
    this.questions = [...event.detail.questions];
    this.notes = event.detail.notes;
  };

  private onDealBreakers = (event: CustomEvent<DealBreakersInputDetail>) => {
    const ids = this.local?.options.map((o) => o.id) ?? [];
    this.setAside = ids.filter((id) => event.detail.setAside.includes(id));
    this.concern = event.detail.concern;
    this.personChanged({ setAside: this.setAside, concern: this.concern });
  };

  private onFocus = (which: 0 | 1, id: string) => {
    const focus: [string, string] = [...this.focusPair];
    focus[which] = id;
    this.focusPair = focus;
    this.personChanged({ focus });
  };

  private onShowOption = (id: string, shown: boolean) => {
    const hidden = new Set(this.hiddenOptions);
    if (shown) hidden.delete(id);
    else hidden.add(id);
    this.hiddenOptions = (this.local?.options ?? []).map((o) => o.id).filter((known) => hidden.has(known));
    this.focusPair = ['', ''];
    this.personChanged({ hidden: this.hiddenOptions, focus: this.focusPair });
  };

  /** Start again: priorities to the middle, all options, and every journey answer cleared. */
  private onStartAgain = () => {
    if (!this.local) return;
    this.focusPair = ['', ''];
    this.hiddenOptions = [];
    this.setAside = [];
    this.concern = undefined;
    this.stage = undefined;
    this.decisionRole = undefined;
    this.sure = {};
    this.questions = undefined;
    this.notes = '';
    this.url.reset();
    const weights = completeWeights(this.local.criteria.map((c) => c.id));
    this.weights = serialise(weights);
    this.personChanged({ weights, focus: ['', ''], hidden: [], setAside: [], concern: undefined });
  };

  private onPrint = () => window.print();
  private onCopy = async () => {
    await this.url.copy(this.urlState());
    if (this.url.copyStatus !== 'fallback') return;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#tc-copy-field');
    field?.focus();
    field?.select();
  };

  /**
   * Structure comes from headings (h2 title, h3 parts), not landmarks, so several widgets on a page
   * add no repeated landmark names.
   */
  override render() {
    // Before its first language is in, show nothing rather than text about to change language.
    if (this.i18n.waiting) return html`<article part="base" aria-busy="true"></article>`;
    const data = this.local;
    const m = this.i18n.messages;
    const disclosure = data ? renderDisclosure(data, this.localClinic, m) : nothing;
    const classes = [disclosure === nothing ? '' : 'has-disclosure', this.isCounselor ? 'counselor' : 'patient'].filter(Boolean).join(' ');
    const loading = this.source.loading;
    return html`<article
      part="base"
      lang=${m.language}
      dir=${m.direction}
      class=${classes}
      aria-labelledby=${data ? 'tc-title' : nothing}
      aria-busy=${loading ? 'true' : 'false'}
      @tc-weight-input=${this.onWeightInput}
      @tc-weights-reset=${this.onReset}
      @tc-stage-input=${this.onStage}
      @tc-sure-input=${this.onSure}
      @tc-plan-input=${this.onPlan}
      @tc-deal-breakers-input=${this.onDealBreakers}
    >
      ${data ? renderDecision(data, m) : nothing} ${disclosure}
      <div class="status" role="status">${loading ? html`<p part="loading" class="loading">${m.loading}</p>` : nothing}</div>
      ${this.source.errors.length ? renderErrors(this.source.errors, Boolean(data), m) : nothing}
      ${data && this.comparison ? this.renderMain(data, this.comparison, m) : nothing}
      <div class="visually-hidden" part="live" aria-live="polite" aria-atomic="true">${this.announcer.text}</div>
    </article>`;
  }

  private renderMain(data: LocalDataset, c: Comparison, m: Messages) {
    const j = m.journey;
    const { view, compared } = c;
    const counselor = this.isCounselor;
    const stage = html`<div class="journey-stage controls">
      <tc-decision-stage .stage=${this.stage} .decisionRole=${this.decisionRole} .messages=${j}></tc-decision-stage>
    </div>`;
    const clinic = this.localClinic;
    return html`
      ${renderTakeAway(
        {
          persists: this.persistsInUrl,
          copyStatus: this.url.copyStatus,
          copyText: this.url.copyText,
          onPrint: this.onPrint,
          onCopy: this.onCopy,
        },
        m,
      )}
      ${
        counselor
          ? renderCounselorControls(
              {
                data,
                shown: new Set(view.options.map((o) => o.id)),
                focus: this.focusPair,
                onFocus: this.onFocus,
                onShow: this.onShowOption,
                onStartAgain: this.onStartAgain,
              },
              m,
            )
          : stage
      }
      <div class="talk">
        <section class="grid-section">
          <h3 id="tc-grid-title">${m.gridTitle}</h3>
          ${renderConditionSelect(data, view.condition?.id ?? '', this.onCondition, m)}
          ${view.condition?.note ? html`<p class="condition-note">${view.condition.note}</p>` : nothing}
          ${
            c.setAside.length
              ? html`<ul class="set-aside" part="set-aside">
                ${c.setAside.map((o) => html`<li data-option=${o.id}><strong>${j.setAside}:</strong> ${j.setAsideNote(o.label)}</li>`)}
              </ul>`
              : nothing
          }
          <tc-option-grid exportparts="grid, cards, option-card, cell, cell-detail" .view=${view} .data=${data} .messages=${m}></tc-option-grid>
        </section>
        ${
          this.clinicConfig.errors.length
            ? renderClinicErrors(this.clinicConfig.errors, m)
            : clinic && clinicHasFacts(clinic, view.options)
              ? html`<section class="clinic" part="clinic" data-clinic>
                <h3 id="tc-clinic-title">${m.clinicTitle(clinic.name)}</h3>
                <tc-clinic-facts
                  exportparts="clinic-facts, clinic-table, clinic-list, clinic-contact"
                  .clinic=${clinic}
                  .options=${view.options}
                  .messages=${m}
                ></tc-clinic-facts>
              </section>`
              : nothing
        }
        <div class="weigh">
          <section class="priorities" part="priorities">
            <h3 id="tc-sliders-title">${counselor ? j.prioritiesTitle : m.slidersTitle}</h3>
            <tc-priority-sliders exportparts="slider, slider-input, reset" .criteria=${compared.criteria} .weights=${c.weights} .messages=${m}></tc-priority-sliders>
            <tc-deal-breakers class="controls" .options=${view.options} .setAside=${this.setAside} .concern=${this.concern} .messages=${j}></tc-deal-breakers>
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
                    .fit=${c.fit}
                    .messages=${m}
                  ></tc-fit-chart>
                  ${
                    c.fit.status === 'ok'
                      ? html`<h4>${m.howSureTitle}</h4>
                        <tc-how-sure
                          exportparts="how-sure"
                          .readout=${c.readout}
                          .options=${compared.options}
                          .criteria=${compared.criteria}
                          .messages=${m}
                          .atStart=${c.atStart}
                        ></tc-how-sure>`
                      : nothing
                  }`
            }
          </section>
        </div>
      </div>
      ${counselor ? stage : nothing}
      <div class="journey-sure controls"><tc-sure-check .answers=${this.sure} .messages=${j}></tc-sure-check></div>
      <div class="journey-plan controls"><tc-your-plan .questions=${this.questions} .notes=${this.notes} .messages=${j}></tc-your-plan></div>
      <section class="about">
        <h3 id="tc-about-title">${m.aboutTitle}</h3>
        <tc-about-evidence exportparts="about, citations" .data=${data} .messages=${m}></tc-about-evidence>
      </section>
      ${renderSummary(
        {
          data,
          comparison: c,
          stage: this.stage,
          role: this.decisionRole,
          sure: this.sure,
          questions: this.questions ?? [...j.defaultQuestions],
          notes: this.notes,
          today: localToday(),
        },
        m,
      )}
    `;
  }
}
