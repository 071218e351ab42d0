import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { parts, settle, sliderInputs, smallWidget, widgetFrom } from './helpers.js';

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

describe('layout', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows the full table when wide', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    const grid = parts(el).grid.shadowRoot!;
    expect(visible(grid.querySelector('table')!)).to.equal(true);
    expect(visible(grid.querySelector('[part="cards"]')!)).to.equal(false);
    expect(grid.querySelectorAll('thead th[data-option]').length).to.equal(5);
    expect(document.documentElement.scrollWidth).to.be.at.most(1280);
  });

  it('fits a 320 px phone: no sideways scrolling, every option and slider reachable', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    const grid = parts(el).grid.shadowRoot!;
    expect(visible(grid.querySelector('table')!), 'the table gives way to cards').to.equal(false);
    const cards = [...grid.querySelectorAll('[part="option-card"]')];
    expect(cards.map((c) => c.getAttribute('data-option'))).to.deep.equal([
      'tms',
      'medication',
      'physical-therapy',
      'lifestyle',
      'current-care',
    ]);
    // Open every card (as a patient would) and check nothing pushes the page sideways.
    for (const card of cards) {
      const summary = card.querySelector('summary')!;
      expect(visible(summary)).to.equal(true);
      summary.click();
    }
    for (const d of grid.querySelectorAll('[part="cell-detail"]')) (d as HTMLDetailsElement).open = true;
    for (const d of parts(el).chart.shadowRoot!.querySelectorAll('details')) d.open = true;
    await settle(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const card of cards) {
      const cells = card.querySelectorAll('[part="cell"]');
      expect(cells.length).to.equal(7);
      for (const cell of cells) {
        const box = cell.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
      }
    }
    const inputs = sliderInputs(el);
    expect(inputs.length).to.equal(7);
    for (const input of inputs) {
      input.scrollIntoView({ block: 'center' });
      const box = input.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(box.height).to.be.at.least(44);
      input.focus();
      expect(parts(el).sliders.shadowRoot!.activeElement).to.equal(input);
    }
    const svg = parts(el).chart.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().right).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  for (const lang of ['en', 'es']) {
    it(`fits a 320 px phone in counselor mode too (${lang}): long option names in the selects do not push the page sideways`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await widgetFrom(html`<treatment-compare mode="counselor" lang=${lang}></treatment-compare>`);
      await settle(el);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (const select of parts(el).root.querySelectorAll('select')) expect(select.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  }

  it('follows its container, not the viewport', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await smallWidget();
    const wrapper = document.createElement('div');
    wrapper.className = 'narrow-column';
    el.parentElement!.append(wrapper);
    wrapper.append(el);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.narrow-column { width: 340px; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const chart = parts(el).chart;
      for (let i = 0; i < 50 && Number(chart.shadowRoot!.querySelector('svg')!.getAttribute('width')) > 340; i++) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await settle(el);
      const grid = parts(el).grid.shadowRoot!;
      expect(visible(grid.querySelector('table')!)).to.equal(false);
      expect(visible(grid.querySelector('[part="cards"]')!)).to.equal(true);
      expect(el.getBoundingClientRect().width).to.equal(340);
      expect(Number(parts(el).chart.shadowRoot!.querySelector('svg')!.getAttribute('width'))).to.be.at.most(340);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
