import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { axeViolations, parts, settle, smallDataset, smallWidget, widgetFrom } from './helpers.js';

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
    const { grid, chart } = parts(el);
    for (const d of [...grid.shadowRoot!.querySelectorAll('details'), ...chart.shadowRoot!.querySelectorAll('details')]) d.open = true;
    await settle(el);
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
