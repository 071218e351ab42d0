import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TreatmentCompare } from '../../src/index.js';
import { axeViolations, parts, settle, smallDataset, smallWidget, widgetFrom } from './helpers.js';

/** Opens every details element in the grid and the chart, including those that appear once their card is open. */
async function openAll(el: TreatmentCompare) {
  const { grid, chart } = parts(el);
  for (let round = 0; round < 5; round++) {
    const closed = [...grid.shadowRoot!.querySelectorAll('details'), ...chart.shadowRoot!.querySelectorAll('details')].filter(
      (d) => !d.open,
    );
    if (closed.length === 0) return;
    // The parts render a details element's content on its `toggle` event.
    const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
    for (const d of closed) d.open = true;
    await Promise.all(toggled);
    await settle(el);
  }
}

describe('accessibility (axe)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('has no violations in the default render', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    expect(parts(el).grid.shadowRoot!.querySelector('table')).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations in the narrow layout (320 px)', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no violations with every detail opened and the table shown', async () => {
    const el = await smallWidget();
    await openAll(el);
    const { grid, chart } = parts(el);
    expect(grid.shadowRoot!.querySelectorAll('.sources').length, 'every table and card cell shows its sources').to.equal(18);
    expect(chart.shadowRoot!.querySelector('table')).to.exist;
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
