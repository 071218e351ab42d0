/**
 * A dataset the model cannot handle: its problems are shown (the widget keeps its last good
 * picture) and `dataset-error` fires once per distinct failure, after the update that found it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emitPublic, type DatasetErrorSource } from '../events.js';
import { ComparisonError } from '../model/comparison.js';

export class ModelErrorsController implements ReactiveController {
  /** The problems the last derivation found (none when it succeeded). */
  errors: string[] = [];
  private reported = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where the dataset came from, as `dataset-error` says. */
    private readonly origin: () => DatasetErrorSource,
  ) {
    host.addController(this);
  }

  /** The derivation succeeded. */
  derived() {
    this.errors = [];
  }

  /** The derivation threw `error`. */
  failed(error: unknown) {
    this.errors = error instanceof ComparisonError ? error.errors : [String(error)];
  }

  hostUpdated() {
    const key = this.errors.join('\n');
    if (key && key !== this.reported) emitPublic(this.host, 'dataset-error', { errors: [...this.errors], source: this.origin() });
    this.reported = key;
  }
}
