import { expect } from '@open-wc/testing';
import { TreatmentCompare } from '../../src/index.js';
import { defineElement } from '../../src/define.js';
import { parts, settle, sliderInputs, smallWidget, wideCell } from './helpers.js';

describe('attributes and properties', () => {
  it('is defined once and a second define does not throw', async () => {
    expect(customElements.get('treatment-compare')).to.equal(TreatmentCompare);
    // Evaluating the entry module again (as a second script tag would) does not throw.
    await import('../../src/index.js?second-copy' as string);
    // Another class for a taken name only warns.
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('treatment-compare', class extends HTMLElement {});
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('<treatment-compare> is already defined');
    expect(customElements.get('treatment-compare')).to.equal(TreatmentCompare);
  });

  it('maps each attribute to its property', () => {
    const el = document.createElement('treatment-compare');
    expect([el.weights, el.options, el.condition, el.mode, el.src, el.fetchTimeout]).to.deep.equal(['', '', '', 'patient', null, 10000]);
    el.setAttribute('weights', 'cost:8,relief:2');
    el.setAttribute('options', 'alpha,gamma');
    el.setAttribute('condition', 'migraine');
    el.setAttribute('mode', 'patient');
    el.setAttribute('src', '/data/other.json');
    el.setAttribute('fetch-timeout', '2500');
    expect(el.weights).to.equal('cost:8,relief:2');
    expect(el.options).to.equal('alpha,gamma');
    expect(el.condition).to.equal('migraine');
    expect(el.mode).to.equal('patient');
    expect(el.src).to.equal('/data/other.json');
    expect(el.fetchTimeout).to.equal(2500);
  });

  it('applies attributes given before the first render', async () => {
    const el = await smallWidget({ weights: 'cost:8,relief:2', options: 'gamma,alpha', condition: 'migraine' });
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['8', '5', '2']);
    const headers = [...parts(el).grid.shadowRoot!.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'));
    expect(headers, 'dataset order, not attribute order').to.deep.equal(['alpha', 'gamma']);
    expect(wideCell(el, 'alpha', 'relief').textContent).to.contain('Alpha stops some migraine attacks.');
    expect(parts(el).select!.value).to.equal('migraine');
  });

  it('applies attribute changes after the first render', async () => {
    const el = await smallWidget();
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['5', '5', '5']);

    el.setAttribute('weights', 'side-effects:9');
    await settle(el);
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['5', '9', '5']);

    el.setAttribute('options', 'beta');
    await settle(el);
    // A single known id shows that one option (the model keeps unknown ids out).
    expect(
      [...parts(el).grid.shadowRoot!.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option')),
    ).to.deep.equal(['beta']);
    el.setAttribute('options', 'nope,unknown');
    await settle(el);
    expect(parts(el).grid.shadowRoot!.querySelectorAll('thead th[data-option]').length, 'unknown ids show all').to.equal(3);

    expect(wideCell(el, 'gamma', 'relief').textContent).to.contain('Gamma helps slowly.');
    el.setAttribute('condition', 'migraine');
    await settle(el);
    expect(wideCell(el, 'gamma', 'relief').textContent).to.contain('Gamma does little for migraine.');
    el.removeAttribute('condition');
    await settle(el);
    expect(wideCell(el, 'gamma', 'relief').textContent).to.contain('Gamma helps slowly.');
  });

  it('treats junk weights safely (clamped, unknown ids ignored)', async () => {
    const el = await smallWidget({ weights: 'cost:99,relief:-4,side-effects:abc,ghost:3,<b>' });
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['10', '5', '0']);
  });

  it('accepts weights as an object property too', async () => {
    const el = await smallWidget();
    el.weights = { cost: 2, relief: 7 };
    await settle(el);
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['2', '5', '7']);
  });

  it('keeps the data-* map of HTMLElement.dataset while no dataset object is set', async () => {
    const el = document.createElement('treatment-compare');
    el.setAttribute('data-clinic', 'riverside');
    expect(el.dataset.clinic).to.equal('riverside');
  });
});
