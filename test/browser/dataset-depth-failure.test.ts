/**
 * When the built-in dataset's depth cannot load (a CDN file copied without its neighbours, a
 * network failure): the widget keeps working with the short answers and summaries, one warning
 * goes to the console, and no `dataset-error` fires (nothing the patient or the page did is wrong).
 * A page of its own, so nothing is loaded before this test.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import { builtInDepths } from '../../src/lazy.js';
import type { DatasetDepth } from '../../src/sources/dataset-depth.js';
import { parts, recordEvents, settle, sliderInputs, textOf, wait } from './helpers.js';

const depths = builtInDepths as Record<string, () => Promise<DatasetDepth>>;

describe('the built-in dataset when its depth cannot load', () => {
  const realWarn = console.warn;
  const realEn = depths.en;
  afterEach(() => {
    console.warn = realWarn;
    depths.en = realEn;
  });

  it('keeps the widget working, with one warning and no dataset-error', async () => {
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    let asked = 0;
    depths.en = () => {
      asked++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const el = document.createElement('treatment-compare') as TreatmentCompare;
    const events = recordEvents(el, ['dataset-error']);
    document.body.append(el);
    try {
      await settle(el);
      expect(asked).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('could not load the details');
      expect(events.of('dataset-error')).to.have.length(0);
      expect(parts(el).error).to.equal(null);

      const grid = parts(el).grid;
      expect(grid.shadowRoot!.querySelectorAll('td[part="cell"] .short').length).to.equal(35);
      grid.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-criterion="side-effects"] button.more-toggle')!.click();
      await settle(el);
      const answer = grid.shadowRoot!.querySelector('tr.more-row section.answer[data-option="tms"]')!;
      expect(textOf(answer), 'the summary').to.contain('Headache and scalp discomfort are common');
      expect(answer.querySelector('tc-icon-array')).to.equal(null);

      // Still working: a slider moves the result, and nothing is tried or warned again.
      const slider = sliderInputs(el)[0];
      slider.value = '9';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
      await wait(20);
      await settle(el);
      expect(asked).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(events.of('dataset-error')).to.have.length(0);
    } finally {
      el.remove();
    }
  });
});
