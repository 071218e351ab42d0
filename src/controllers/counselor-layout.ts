/**
 * Counselor mode's layout, styles and screen controller load only for a widget in counselor mode
 * (lazy.ts): the load starts when the widget is, or becomes, counselor mode, and happens once per
 * page (every widget shares it). Until it is in, the root shows its loading state; if it cannot
 * load, a plain message and `dataset-error`, and switching to counselor mode again tries again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { counselor, type CounselorLayout } from '../lazy.js';
import type { ErrorItem } from './data-source.js';

let loaded: CounselorLayout | undefined;
let loading: Promise<CounselorLayout> | undefined;

/** The one load for the page; a failed one is forgotten, so a later call tries again. */
function load(): Promise<CounselorLayout> {
  loading ??= counselor().then(
    (layout) => (loaded = layout),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export class CounselorLayoutController implements ReactiveController {
  /** Why the layout could not be shown (empty while it loads or once it is in). */
  errors: ErrorItem[] = [];
  /** The load this widget waits for (`updateComplete` waits for it too). */
  readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the widget is in counselor mode. */
    private readonly wanted: () => boolean,
    private readonly onError: (errors: ErrorItem[]) => void,
  ) {
    host.addController(this);
  }

  /** The layout to show: counselor mode's once it is in, else none (patient mode, or still loading). */
  get layout(): CounselorLayout | undefined {
    return this.wanted() ? loaded : undefined;
  }

  /** True while a widget in counselor mode waits for its layout. */
  get loading(): boolean {
    return this.wanted() && !loaded && !this.errors.length;
  }

  hostUpdate() {
    if (!this.wanted()) this.errors = []; // a later switch to counselor mode tries again
    if (!this.loading || this.pending.size) return;
    const done = load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        if (!this.wanted()) return; // back in patient mode meanwhile: nothing to say
        console.warn('treatment-compare: could not load the counselor layout.', error);
        this.errors = [(m) => m.counselorFailed];
        this.onError(this.errors);
        this.host.requestUpdate();
      },
    );
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }
}
