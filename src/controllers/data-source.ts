/**
 * Chooses and loads the dataset: the `dataset` property, else `src`, else the built-in dataset in
 * the language shown. The newest choice wins: a newer one aborts an older load and a late answer
 * is ignored. A `src` load is aborted on disconnect and started again on reconnect. The last good
 * dataset stays in use when a new one fails; the failure is reported once, after the update.
 *
 * The built-in dataset shows at once from its brief part; its depth (cells' `detail` and
 * `outcomes`) loads when the browser is next idle after a render that used it, and then replaces
 * the data in use (the same language: a newer choice, a language switch or a disconnect in
 * between drops it; a reconnect starts it again). A depth that fails leaves the brief part in use,
 * with a warning in the console and no `dataset-error` (see sources/built-in-dataset.ts).
 *
 * Not `@lit/task`: its runs are always asynchronous (the built-in dataset, usually already in,
 * must show in the first render), and it neither aborts on disconnect nor runs again on
 * reconnect; the three sources also share one "newest wins" rule that a task per source would split.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import type { Locale } from '../i18n/locale.js';
import type { DatasetErrorSource } from '../events.js';
import type { Dataset } from '../model/schema.js';
import { validator } from '../lazy.js';
import { awaitsDepth, builtInDataset, loadBuiltInDataset, loadBuiltInDepth } from '../sources/built-in-dataset.js';
import { readTextCapped } from '../sources/read-capped.js';

/** A problem to show: a validation message (always English: it is for web teams), or a message in the language shown. */
export type ErrorItem = string | ((messages: Messages) => string);

/** Default time allowed for loading `src`, in milliseconds. */
export const DEFAULT_FETCH_TIMEOUT = 10_000;
/** The timeout `fetch-timeout` can set: from 50 ms to 5 minutes (longer overflows timers). */
export const FETCH_TIMEOUT_RANGE = [50, 300_000] as const;

/** `fetch-timeout` as used: not a positive number gives the default; others are clamped to the range. */
export function fetchTimeoutOf(value: unknown): number {
  const n = Number(value);
  if (!(n > 0)) return DEFAULT_FETCH_TIMEOUT;
  return Math.min(FETCH_TIMEOUT_RANGE[1], Math.max(FETCH_TIMEOUT_RANGE[0], n));
}

/** What the host tells the controller on each update. */
export interface DataSourceInput {
  dataset: unknown;
  src: string | null;
  fetchTimeout: unknown;
  locale: Locale;
  /** True while another language is loading to be shown: the built-in dataset's depth waits for it (so a Spanish page does not fetch the English depth). */
  languageLoading?: boolean;
}

type Request = { kind: 'property'; value: unknown } | { kind: 'src'; url: string; timeout: number } | { kind: 'built-in'; locale: Locale };

const sameRequest = (a: Request | undefined, b: Request) =>
  a?.kind === b.kind &&
  (a.kind === 'property'
    ? a.value === (b as typeof a).value
    : a.kind === 'src'
      ? a.url === (b as typeof a).url && a.timeout === (b as typeof a).timeout
      : a.locale === (b as typeof a).locale);

/** Runs `task` when the browser is next idle (soon after a render), or after a short timeout where there is no `requestIdleCallback`; returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}

class LoadError extends Error {
  constructor(readonly describe: (messages: Messages) => string) {
    super('load failed');
  }
}

export class DataSourceController implements ReactiveController {
  /** The dataset in use: the last good one. */
  data?: Dataset;
  /** Problems with the newest choice (empty when it loaded). */
  errors: ErrorItem[] = [];
  /** True while `src` is loading. */
  loading = false;
  /** Loads that `updateComplete` waits for: the built-in dataset (with its depth) and validating a property (local and quick), not `src`. */
  readonly pending = new Set<Promise<unknown>>();

  private request?: Request;
  private token = 0;
  private abort?: AbortController;
  private reloadOnConnect = false;
  /** The wait for the built-in dataset's depth, while one is under way. */
  private depth?: { stop: () => void };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly input: () => DataSourceInput,
    /** Reports a failure (the host fires `dataset-error`); called outside any update. */
    private readonly onError: (errors: ErrorItem[], source: DatasetErrorSource) => void,
  ) {
    host.addController(this);
  }

  /** Where the dataset in use came from, as `dataset-error` names it. */
  get origin(): DatasetErrorSource {
    const kind = this.request?.kind;
    return kind === 'property' ? 'property' : kind === 'src' ? 'src' : 'default';
  }

  /** Whether the built-in dataset is (or will be) the one in use. */
  get usesBuiltIn(): boolean {
    const { dataset, src } = this.input();
    return dataset == null && !src?.trim();
  }

  hostConnected() {
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      this.request = undefined; // start the interrupted load again
      this.host.requestUpdate();
    } else this.loadDepthLater();
  }

  hostDisconnected() {
    this.stopDepth();
    if (this.loading) {
      this.cancel();
      this.reloadOnConnect = true;
    }
  }

  /** After each update: a brief built-in dataset that was just shown gets its depth, when the browser is idle. */
  hostUpdated() {
    this.loadDepthLater();
  }

  /** Before each update: start a load when the choice changed. */
  hostUpdate() {
    const { dataset, src, fetchTimeout, locale } = this.input();
    const url = src?.trim() ?? '';
    const next: Request =
      dataset != null
        ? { kind: 'property', value: dataset }
        : url
          ? { kind: 'src', url, timeout: fetchTimeoutOf(fetchTimeout) }
          : { kind: 'built-in', locale };
    if (sameRequest(this.request, next)) return;
    this.request = next;
    this.cancel();
    if (next.kind === 'built-in') this.loadBuiltIn(next.locale);
    else if (next.kind === 'property') this.track(this.validate(next.value));
    else void this.loadSrc(next.url, next.timeout);
  }

  private cancel() {
    this.stopDepth();
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
    this.loading = false;
  }

  private use(data: Dataset) {
    this.data = data;
    this.errors = [];
    this.host.requestUpdate();
  }

  private fail(errors: ErrorItem[], source: DatasetErrorSource) {
    this.errors = errors;
    this.host.requestUpdate();
    this.onError(errors, source);
  }

  private track(load: Promise<unknown>) {
    this.pending.add(load);
    void load.finally(() => this.pending.delete(load));
  }

  /** The built-in dataset in the language shown: at once when it is loaded, else when it arrives. */
  private loadBuiltIn(locale: Locale) {
    const ready = builtInDataset(locale);
    if (ready) {
      this.data = ready;
      this.errors = [];
      return;
    }
    const token = this.token;
    this.track(
      loadBuiltInDataset(locale).then(
        (data) => token === this.token && this.use(data),
        () => token === this.token && this.fail([(m) => m.builtInFailed], 'default'),
      ),
    );
  }

  /** Loads the depth of the built-in dataset in use, if it awaits one, when the browser is next idle; then uses the whole dataset. */
  private loadDepthLater() {
    const brief = this.data;
    if (this.depth || !brief || this.request?.kind !== 'built-in' || !awaitsDepth(brief) || this.input().languageLoading) return;
    let settle!: () => void;
    this.track(new Promise<void>((resolve) => (settle = resolve)));
    let cancelIdle = () => {};
    const job = {
      stop: () => {
        cancelIdle();
        settle();
      },
    };
    this.depth = job;
    cancelIdle = whenIdle(() => {
      void loadBuiltInDepth(brief).then((whole) => {
        if (this.depth !== job) return; // stopped: a newer choice or a disconnect
        this.depth = undefined;
        if (whole && this.data === brief) this.use(whole);
        settle();
      });
    });
  }

  private stopDepth() {
    this.depth?.stop();
    this.depth = undefined;
  }

  private async validate(value: unknown) {
    const token = this.token;
    try {
      const { validateDataset } = await validator();
      if (token !== this.token) return;
      const result = validateDataset(value);
      if (result.ok) this.use(result.dataset);
      else this.fail(result.errors, 'property');
    } catch {
      if (token === this.token) this.fail([(m) => m.validatorFailed], 'property');
    }
  }

  private async loadSrc(url: string, timeout: number) {
    const token = this.token;
    const controller = new AbortController();
    this.abort = controller;
    this.loading = true;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    try {
      const checks = validator(); // loads while the file downloads
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (token !== this.token) return;
      const { status, statusText } = response;
      if (!response.ok) throw new LoadError((m) => m.loadFailedStatus(url, status, statusText));
      const { parseDatasetJson, MAX_DATASET_CHARS } = await checks.catch(() => {
        throw new LoadError((m) => m.validatorFailed);
      });
      const text = await readTextCapped(response, MAX_DATASET_CHARS);
      if (token !== this.token) return;
      if (text === null) throw new LoadError((m) => m.loadTooLarge(url, MAX_DATASET_CHARS));
      const result = parseDatasetJson(text);
      this.loading = false;
      if (result.ok) this.use(result.dataset);
      else this.fail(result.errors, 'src');
    } catch (error) {
      if (token !== this.token) return;
      this.loading = false;
      const seconds = Math.round(timeout / 100) / 10;
      this.fail(
        [error instanceof LoadError ? error.describe : timedOut ? (m) => m.loadTimedOut(url, seconds) : (m) => m.loadFailedNetwork(url)],
        'src',
      );
    } finally {
      clearTimeout(timer);
      if (token === this.token) this.abort = undefined;
    }
  }
}
