import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { englishMessages } from '../../i18n/index.js';
import { computeFit, localiseDataset, resolveView } from '../../model/index.js';
import { PAGE_STEP, type PrioritySliders } from './priority-sliders.js';
import { controlledFixture, type SetBack } from '../../../test/browser/controlled-fixture.js';
import {
  axeViolations,
  parts,
  segmentWidths,
  settle,
  sliderFor,
  sliderInputs,
  smallDataset,
  smallWidget,
} from '../../../test/browser/helpers.js';
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

describe('tc-priority-sliders on its own (criteria, weights, messages; controlled)', () => {
  const criteria = localiseDataset(smallDataset(), ['en']).criteria;

  /** What <treatment-compare> does: it sets the new value back, and every slider to 5 on reset. */
  const asTheRoot: SetBack<PrioritySliders> = {
    'tc-weight-input': (el, { criterionId, value }) => {
      el.weights = { ...el.weights, [criterionId]: value };
    },
    'tc-weights-reset': (el) => {
      el.weights = Object.fromEntries(el.criteria.map((c) => [c.id, 5]));
    },
  };
  const slidersOf = (weights: Record<string, number>, setBack = true) =>
    controlledFixture<PrioritySliders>(
      html`<tc-priority-sliders .criteria=${criteria} .weights=${weights} .messages=${englishMessages}></tc-priority-sliders>`,
      asTheRoot,
      { setBack },
    );
  const slider = (el: PrioritySliders, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-criterion="${id}"]`)!;

  it('shows one labelled slider per criterion at the value it is given (5 when none)', async () => {
    const { el } = await slidersOf({ cost: 9, relief: 0 });
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(inputs.map((i) => [i.dataset.criterion, i.value, i.getAttribute('aria-valuetext')])).to.deep.equal([
      ['cost', '9', 'Matters most (9 out of 10)'],
      ['side-effects', '5', 'Matters (5 out of 10)'],
      ['relief', '0', 'Does not matter (0 out of 10)'],
    ]);
    expect(inputs.map((i) => i.labels?.[0]?.textContent)).to.deep.equal(criteria.map((c) => c.question));
  });

  it('reports a key press as tc-weight-input, while moving and committed (bubbling, not composed)', async () => {
    const c = await slidersOf({ cost: 5 });
    slider(c.el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await c.settle();
    expect(c.of('tc-weight-input').map((e) => e.detail)).to.deep.equal([
      { criterionId: 'cost', value: 6, committed: false },
      { criterionId: 'cost', value: 6, committed: true },
    ]);
    const event = c.of('tc-weight-input')[0];
    expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    expect(slider(c.el, 'cost').getAttribute('aria-valuetext')).to.equal('Matters (6 out of 10)');
    expect(c.leaked()).to.deep.equal([]);
  });

  it(`moves by ${PAGE_STEP} with PageUp and PageDown, and reports nothing at either end`, async () => {
    const c = await slidersOf({ relief: 9 });
    slider(c.el, 'relief').focus();
    await sendKeys({ press: 'PageDown' });
    await c.settle();
    expect(c.of('tc-weight-input').map((e) => [e.detail.value, e.detail.committed])).to.deep.equal([
      [7, false],
      [7, true],
    ]);
    await sendKeys({ press: 'End' });
    await c.settle();
    const count = c.events.length;
    await sendKeys({ press: 'PageUp' });
    await c.settle();
    expect(c.events.length, 'already at 10').to.equal(count);
    expect(c.el.weights.relief).to.equal(10);
  });

  it('reports the reset button as tc-weights-reset (not composed), from the keyboard too', async () => {
    const c = await slidersOf({ cost: 9, 'side-effects': 0, relief: 2 });
    c.el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await c.settle();
    const reset = c.of('tc-weights-reset');
    expect(reset).to.have.length(1);
    expect([reset[0].detail, reset[0].composed]).to.deep.equal([{}, false]);
    expect(['cost', 'side-effects', 'relief'].map((id) => slider(c.el, id).value)).to.deep.equal(['5', '5', '5']);
  });

  it('without the root setting them back, never changes its own weights', async () => {
    const c = await slidersOf({ cost: 5 }, false);
    slider(c.el, 'cost').focus();
    await sendKeys({ press: 'End' });
    c.el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!.click();
    await c.settle();
    expect(c.events.map((e) => e.type)).to.deep.equal(['tc-weight-input', 'tc-weight-input', 'tc-weights-reset']);
    expect(c.el.weights).to.deep.equal({ cost: 5 });
  });

  it('passes axe', async () => {
    const c = await slidersOf({ cost: 2 });
    expect(await axeViolations(c.host)).to.deep.equal([]);
  });
});
