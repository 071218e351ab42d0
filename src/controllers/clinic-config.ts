/**
 * The clinic's own configuration: the `clinic` property, else the text of an inline
 * `<script type="application/json">` child (read as data, never run; followed as it changes).
 * Validated against the dataset's option ids whenever either changes; problems are reported once,
 * after the update, and the evidence keeps working without the clinic's facts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validator } from '../lazy.js';
import type { Clinic } from '../model/clinic.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ClinicInput {
  /** The `clinic` property (null or undefined: use the inline child). */
  clinic: unknown;
  /** The dataset's option ids; undefined until a dataset is in use. */
  optionIds: readonly string[] | undefined;
}

export class ClinicConfigController implements ReactiveController {
  /** The valid configuration in use, if any. */
  clinic?: Clinic;
  /** Problems with the configuration given (English: they are for web teams). */
  errors: string[] = [];
  /** Validations that `updateComplete` waits for. */
  readonly pending = new Set<Promise<unknown>>();

  private childText: string | null = null;
  private observer?: MutationObserver;
  private key?: { clinic: unknown; text: string | null; ids: string };
  private token = 0;

  constructor(
    private readonly host: Host,
    private readonly input: () => ClinicInput,
    /** Reports invalid configuration (the host fires `dataset-error` with source `clinic`). */
    private readonly onError: (errors: string[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.readChild();
    this.observer ??= new MutationObserver(() => {
      if (this.readChild()) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
  }

  hostDisconnected() {
    this.observer?.disconnect();
  }

  /** Reads the first JSON script child; returns whether its text changed. */
  private readChild(): boolean {
    const script = this.host.querySelector(':scope > script[type="application/json" i]');
    const text = script ? (script.textContent ?? '') : null;
    const changed = text !== this.childText;
    this.childText = text;
    return changed;
  }

  hostUpdate() {
    const { clinic, optionIds } = this.input();
    if (!optionIds) return;
    const given = clinic ?? null;
    const text = given === null ? this.childText : null;
    const ids = optionIds.join(',');
    const k = this.key;
    if (k && k.clinic === given && k.text === text && k.ids === ids) return;
    this.key = { clinic: given, text, ids };
    const token = ++this.token;
    if (given === null && text === null) {
      this.clinic = undefined;
      this.errors = [];
      return;
    }
    const check = validator().then(
      ({ validateClinic, parseClinicJson }) => (given !== null ? validateClinic(given, optionIds) : parseClinicJson(text!, optionIds)),
      () => ({ ok: false as const, errors: ['The checks for the clinic configuration could not be loaded.'] }),
    );
    const done = check.then((result) => {
      if (token !== this.token) return;
      this.clinic = result.ok ? result.clinic : undefined;
      this.errors = result.ok ? [] : result.errors;
      this.host.requestUpdate();
      if (!result.ok) this.onError([...result.errors]);
    });
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }
}
