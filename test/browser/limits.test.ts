/**
 * Issue #14, item 8 (speed at the limits): the design, not the timings (`npm run bench:limits`
 * prints those). Widgets updating in the same task take turns, one per task; while a slider is
 * dragged the robustness sampling waits until the input settles, and a chart of many segments
 * shows each bar's total alone until then.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import type { Comparison } from '../../src/model/comparison.js';
import { MANY_SEGMENTS } from '../../src/components/fit-chart/fit-chart.js';
import { generateDataset } from '../support/generate-dataset.js';
import { parts, recordEvents, segmentWidths, settle, sliderInputs, smallDataset, smallWidget, wait } from './helpers.js';

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

  it('a first picture is drawn without its robustness, sampled in a later task; updateComplete waits for both', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('treatment-compare');
    el.setAttribute('weights', 'cost:8');
    el.dataset = smallDataset();
    const comparison = () => (el as unknown as { comparison?: Comparison }).comparison;
    // Each update's picture, and the task it was drawn in (a timer counts the tasks).
    let task = 0;
    const ticking = setInterval(() => task++, 0);
    const drawn: Array<{ pending?: boolean; chart: boolean; task: number }> = [];
    const host = el as unknown as { updated: () => void };
    const updated = host.updated.bind(el);
    host.updated = () => {
      drawn.push({ pending: comparison()?.robustnessPending, chart: !!el.shadowRoot!.querySelector('tc-fit-chart'), task });
      updated();
    };
    box.append(el);
    await settle(el);
    clearInterval(ticking);
    const charted = drawn.filter((d) => d.chart);
    expect(charted[0]?.pending, 'the first picture').to.equal(true);
    expect(comparison()?.readout.kind, 'after updateComplete').not.to.equal('none');
    expect(comparison()?.robustnessPending).to.equal(undefined);
    const sampled = charted.find((d) => !d.pending);
    expect(sampled && sampled.task > charted[0].task, 'sampled in a later task').to.equal(true);
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

  /** Moves the first slider to `value` as a drag does (input, no change yet). */
  async function dragFirstSlider(el: TreatmentCompare, value: string) {
    const slider = sliderInputs(el)[0];
    slider.value = value;
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    return slider;
  }
  const chartSvg = (el: TreatmentCompare) => parts(el).chart.shadowRoot!.querySelector('svg')!;
  const totals = (el: TreatmentCompare) =>
    [...chartSvg(el).querySelectorAll('rect.total')].map((r) => Number(r.getAttribute('width')).toFixed(1));
  /** Once the chart has measured its width (a ResizeObserver, then a frame) and drawn at it. */
  const measured = async (el: TreatmentCompare) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settle(el);
  };
  /** A generated dataset just over `MANY_SEGMENTS` (options x criteria). */
  const manySegments = () => {
    const size = Math.ceil(Math.sqrt(MANY_SEGMENTS + 1));
    return { size, data: generateDataset(size, size) };
  };

  it("with many segments, a drag draws each bar's total and leaves the segments as they were until the slider rests", async () => {
    const { size, data } = manySegments();
    const el = await smallWidget({ weights: 'criterion-1:2' }, data);
    await measured(el);
    expect(chartSvg(el).classList.contains('glide'), 'many segments never glide').to.equal(false);
    const before = segmentWidths(el);
    const slider = await dragFirstSlider(el, '10');
    expect(chartSvg(el).classList.contains('totals-only')).to.equal(true);
    expect(totals(el).length, 'one total per option').to.equal(size);
    const track = Number(chartSvg(el).querySelector('rect.track')!.getAttribute('width'));
    const fits = (el as unknown as { comparison: Comparison }).comparison.fit.fits.map((f) => ((f.fit / 100) * track).toFixed(1));
    expect(totals(el)).to.deep.equal(fits);
    expect(JSON.stringify(segmentWidths(el)), 'segments untouched while dragging').to.equal(JSON.stringify(before));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(chartSvg(el).classList.contains('totals-only')).to.equal(false);
    expect(totals(el)).to.deep.equal([]);
    expect(JSON.stringify(segmentWidths(el)), 'segments follow the new priorities').not.to.equal(JSON.stringify(before));
  });

  it('with many segments, a drag that rests brings the segments back while still holding', async () => {
    const el = await smallWidget({ weights: 'criterion-1:2' }, manySegments().data);
    await dragFirstSlider(el, '9');
    expect(chartSvg(el).classList.contains('totals-only')).to.equal(true);
    await wait(300);
    await settle(el);
    expect(chartSvg(el).classList.contains('totals-only')).to.equal(false);
  });

  it('with few segments, a drag moves every segment at once (and they glide)', async () => {
    const el = await smallWidget({ weights: 'cost:6' });
    await measured(el);
    const before = segmentWidths(el);
    await dragFirstSlider(el, '0');
    expect(chartSvg(el).classList.contains('totals-only')).to.equal(false);
    expect(chartSvg(el).classList.contains('glide')).to.equal(true);
    expect(totals(el)).to.deep.equal([]);
    expect(JSON.stringify(segmentWidths(el))).not.to.equal(JSON.stringify(before));
  });
});
