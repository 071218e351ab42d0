/**
 * The built-in dataset's depth arrives after the first render (see dataset-depth.test.ts). If it
 * arrives while the person is dragging a slider, the drag still ends in one `weights-change`: a
 * dataset that only fills in details must not become the baseline that swallows the person's
 * unfinished change. A page of its own, so nothing is loaded when it starts.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import { builtInDepths } from '../../src/lazy.js';
import type { DatasetDepth } from '../../src/sources/dataset-depth.js';
import { recordEvents, settle, sliderFor, wait } from './helpers.js';

const depths = builtInDepths as Record<string, () => Promise<DatasetDepth>>;

describe('the depth arriving during a drag', () => {
  it('still reports the drag once it ends', async () => {
    const real = depths.en;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    depths.en = () => {
      asked = true;
      return gate.then(real);
    };
    const el = document.createElement('treatment-compare') as TreatmentCompare;
    document.body.append(el);
    try {
      const events = recordEvents(el, ['weights-change']);
      while (!asked) await wait(10);
      const input = sliderFor(el, 'cost');
      input.value = '9';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await wait(20);
      release(); // the depth lands mid-drag
      await wait(20);
      await settle(el);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      expect(events.of('weights-change').map((e) => JSON.stringify(e.detail.weights.cost))).to.deep.equal(['9']);
    } finally {
      el.remove();
      depths.en = real;
    }
  });
});
