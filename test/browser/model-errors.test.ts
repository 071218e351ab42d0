/**
 * The root's report of a dataset the model cannot handle (src/controllers/model-errors.ts): the
 * problems are kept to show, and `dataset-error` fires after the update that found them, once per
 * distinct failure. A validated dataset rarely gets there, so the controller is tried on a host of
 * its own.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ModelErrorsController } from '../../src/controllers/model-errors.js';
import type { DatasetErrorDetail } from '../../src/events.js';
import { ComparisonError } from '../../src/model/comparison.js';

class ModelErrorsHost extends LitElement {
  readonly errors = new ModelErrorsController(this, () => 'property');
}
customElements.define('tc-test-model-errors-host', ModelErrorsHost);

describe('model errors', () => {
  it('keeps the problems and fires dataset-error once per distinct failure, after the update', async () => {
    const host = await fixture<ModelErrorsHost>(html`<tc-test-model-errors-host></tc-test-model-errors-host>`);
    const fired: DatasetErrorDetail[] = [];
    host.addEventListener('dataset-error', (e) => fired.push((e as CustomEvent<DatasetErrorDetail>).detail));
    const fail = async (error: unknown) => {
      host.errors.failed(error);
      host.requestUpdate();
      await host.updateComplete;
    };

    await fail(new ComparisonError(['The fit of "alpha" could not be worked out.']));
    expect(host.errors.errors).to.deep.equal(['The fit of "alpha" could not be worked out.']);
    expect(fired).to.deep.equal([{ errors: ['The fit of "alpha" could not be worked out.'], source: 'property' }]);

    await fail(new ComparisonError(['The fit of "alpha" could not be worked out.']));
    expect(fired.length, 'the same failure again: not reported again').to.equal(1);

    await fail(new Error('something else'));
    expect(host.errors.errors).to.deep.equal(['Error: something else']);
    expect(fired.length, 'a different failure is reported').to.equal(2);

    host.errors.derived();
    host.requestUpdate();
    await host.updateComplete;
    expect(host.errors.errors).to.deep.equal([]);
    expect(fired.length, 'a success reports nothing').to.equal(2);

    await fail(new Error('something else'));
    expect(fired.length, 'the failure after a success is reported again').to.equal(3);
  });
});
