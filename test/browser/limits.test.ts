/**
 * Issue #14, item 8 (speed at the limits): the design, not the timings (`npm run bench:limits`
 * prints those). Widgets updating in the same task take turns, one per task; while a slider is
 * dragged the robustness sampling waits until the input settles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import type { Comparison } from '../../src/model/comparison.js';
import { recordEvents, settle, sliderInputs, smallDataset, smallWidget, wait } from './helpers.js';

const rendered = (els: TreatmentCompare[]) => els.filter((el) => el.shadowRoot?.querySelector('article')).length;

describe('speed at the limits (#14 item 8)', () => {
  it('widgets added in one task render one per task, then all of them', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    await wait(0);
    const els = [0, 1, 2].map(() => {
      const el = document.createElement('treatment-compare');
      el.dataset = smallDataset();
      return el;
    });
    box.append(...els);
    for (let i = 0; i < 20; i++) await Promise.resolve(); // the microtasks of this task
    expect(rendered(els), 'in the task that added them').to.equal(1);
    await Promise.all(els.map((el) => settle(el)));
    expect(rendered(els)).to.equal(3);
  });

  it('while a slider is dragged, how sure the picture is waits until the input settles', async () => {
    const el = await smallWidget({ weights: 'cost:6' });
    const comparison = () => (el as unknown as { comparison: Comparison }).comparison;
    const before = comparison();
    const slider = sliderInputs(el)[0];
    slider.value = '9';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(comparison().robustnessPending, 'dragging').to.equal(true);
    expect(comparison().robustness === before.robustness).to.equal(true);
    await wait(300);
    await settle(el);
    expect(comparison().robustnessPending, 'settled').to.equal(undefined);
    expect(comparison().robustness === before.robustness).to.equal(false);
  });

  it('the end of a gesture (change) brings how sure the picture is up to date at once', async () => {
    const el = await smallWidget({ weights: 'cost:6' });
    const comparison = () => (el as unknown as { comparison: Comparison }).comparison;
    const slider = sliderInputs(el)[0];
    slider.value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(comparison().robustnessPending).to.equal(true);
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(comparison().robustnessPending).to.equal(undefined);
  });

  it('a drag that pauses (the robustness worked out meanwhile) still reports its change when it ends', async () => {
    const el = await smallWidget({ weights: 'cost:6' });
    const log = recordEvents(el, ['weights-change']);
    const slider = sliderInputs(el)[0];
    slider.value = '1';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(300);
    await settle(el);
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(log.of('weights-change').length).to.equal(1);
  });
});
