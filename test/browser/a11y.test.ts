import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TreatmentCompare } from '../../src/index.js';
import { axeViolations, isWaiting, openDetailsIn, openEveryLayer, parts, smallDataset, smallWidget, widgetFrom } from './helpers.js';

/** Opens every layer of the grid (each question's answers, each answer's sources) and the chart's table. */
async function openAll(el: TreatmentCompare) {
  await openEveryLayer(el);
  await openDetailsIn(el, parts(el).chart.shadowRoot!.querySelectorAll('details'));
}

describe('accessibility (axe)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('has no violations in the default render', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    expect(parts(el).grid.shadowRoot!.querySelector('table')).to.exist;
    expect(isWaiting(el), 'the first state').to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations in the narrow layout (320 px)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations with every layer opened and the table shown', async () => {
    const el = await smallWidget({}, smallDataset(), { equal: true });
    await openAll(el);
    const { grid, chart } = parts(el);
    expect(grid.shadowRoot!.querySelectorAll('tr.more-row').length, "every question's answers").to.equal(3);
    expect(grid.shadowRoot!.querySelectorAll('.sources').length, "every answer's sources").to.equal(9);
    expect(chart.shadowRoot!.querySelector('table')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations with every layer opened in the narrow layout (320 px), the built-in dataset given priorities', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widgetFrom(html`<treatment-compare weights="cost:3"></treatment-compare>`);
    expect(isWaiting(el)).to.equal(false);
    await openAll(el);
    expect(parts(el).grid.shadowRoot!.querySelectorAll('.sources').length).to.equal(35);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations when a condition is chosen and no priority is set', async () => {
    const el = await smallWidget({ condition: 'migraine', weights: 'cost:0,side-effects:0,relief:0' });
    expect(parts(el).chart.shadowRoot!.querySelector('[part="chart-empty"]')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations when showing an error', async () => {
    const bad = smallDataset() as unknown as { options: unknown[] };
    bad.options = [];
    const el = await smallWidget({}, bad as never);
    expect(parts(el).error).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
