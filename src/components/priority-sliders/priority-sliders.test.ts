import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { computeFit, resolveView } from '../../model/index.js';
import { parts, segmentWidths, settle, sliderFor, sliderInputs, smallDataset, smallWidget } from '../../../test/browser/helpers.js';
import type { TreatmentCompare } from '../../index.js';

async function press(el: TreatmentCompare, input: HTMLInputElement, key: string) {
  input.focus();
  await sendKeys({ press: key });
  await settle(el);
}

describe('priority sliders: keyboard (WAI-ARIA slider pattern)', () => {
  it('renders one labelled 0-10 slider per criterion, default 5, with the value in words', async () => {
    const el = await smallWidget();
    const inputs = sliderInputs(el);
    expect(inputs.map((i) => i.dataset.criterion)).to.deep.equal(['cost', 'side-effects', 'relief']);
    for (const input of inputs) {
      expect(input.type).to.equal('range');
      expect([input.min, input.max, input.step, input.value]).to.deep.equal(['0', '10', '1', '5']);
      expect(input.getAttribute('aria-valuetext')).to.equal('Matters (5 out of 10)');
      expect(input.labels?.[0]?.textContent).to.equal(smallDataset().criteria.find((c) => c.id === input.dataset.criterion)!.question);
    }
  });

  it('moves every slider with arrows, Home, End, PageUp and PageDown, updating words and chart', async () => {
    const el = await smallWidget();
    const expectations: [string, number, string][] = [
      ['ArrowRight', 6, 'Matters (6 out of 10)'],
      ['ArrowUp', 7, 'Matters a lot (7 out of 10)'],
      ['ArrowLeft', 6, 'Matters (6 out of 10)'],
      ['ArrowDown', 5, 'Matters (5 out of 10)'],
      ['PageUp', 7, 'Matters a lot (7 out of 10)'],
      ['PageDown', 5, 'Matters (5 out of 10)'],
      ['End', 10, 'Matters most (10 out of 10)'],
      ['PageUp', 10, 'Matters most (10 out of 10)'],
      ['Home', 0, 'Does not matter (0 out of 10)'],
      ['PageDown', 0, 'Does not matter (0 out of 10)'],
      ['ArrowRight', 1, 'Matters a little (1 out of 10)'],
    ];
    for (const criterionId of ['cost', 'side-effects', 'relief']) {
      for (const [key, value, words] of expectations) {
        const input = sliderFor(el, criterionId);
        await press(el, input, key);
        const after = sliderFor(el, criterionId);
        expect(after.value, `${criterionId} after ${key}`).to.equal(String(value));
        expect(after.getAttribute('aria-valuetext'), `${criterionId} words after ${key}`).to.equal(words);
        expect(el.currentWeights[criterionId]).to.equal(value);
        // The chart shows exactly what the model computes for these weights.
        const fit = computeFit(resolveView(smallDataset()), el.currentWeights);
        const widths = segmentWidths(el);
        if (fit.status === 'ok') {
          const beta = fit.fits.find((f) => f.optionId === 'beta')!;
          const total = Object.entries(widths)
            .filter(([k]) => k.startsWith('beta/'))
            .reduce((s, [, w]) => s + w, 0);
          const track = Number(parts(el).chart.shadowRoot!.querySelector('rect.track')!.getAttribute('width'));
          expect((total / track) * 100, `beta's bar after ${criterionId} ${key}`).to.be.closeTo(beta.fit, 0.01);
        }
      }
      // Put it back in the middle for the next criterion.
      await press(el, sliderFor(el, criterionId), 'End');
      for (let i = 0; i < 5; i++) await press(el, sliderFor(el, criterionId), 'ArrowLeft');
      expect(sliderFor(el, criterionId).value).to.equal('5');
    }
  });

  it('gives each slider a touch target at least 44 px tall', async () => {
    const el = await smallWidget();
    for (const input of sliderInputs(el)) expect(input.getBoundingClientRect().height).to.be.at.least(44);
    const reset = parts(el).sliders.shadowRoot!.querySelector('button')!;
    expect(reset.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('reset puts every slider back to 5', async () => {
    const el = await smallWidget({ weights: 'cost:9,side-effects:0,relief:2' });
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['9', '0', '2']);
    parts(el).sliders.shadowRoot!.querySelector('button')!.click();
    await settle(el);
    expect(sliderInputs(el).map((i) => i.value)).to.deep.equal(['5', '5', '5']);
    expect(el.currentWeights).to.deep.equal({ cost: 5, 'side-effects': 5, relief: 5 });
  });
});
