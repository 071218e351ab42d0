import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { openEveryLayer, parts, settle, sliderInputs, smallDataset, smallWidget, widgetFrom } from './helpers.js';

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Hidden on screen (at most 1 px, as visually hidden text is) though still read by assistive technology. */
function offScreen(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}

describe('layout', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows the full table when wide: options as columns, every rating and short answer without a click', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    const grid = parts(el).grid.shadowRoot!;
    expect(visible(grid.querySelector('table')!)).to.equal(true);
    expect(offScreen(grid.querySelector('thead')!), 'column heads name the options').to.equal(false);
    expect(grid.querySelectorAll('thead th[data-option]').length).to.equal(5);
    expect(visible(grid.querySelector('.who')!), 'no per-cell names when wide').to.equal(false);
    const cells = [...grid.querySelectorAll<HTMLElement>('td[part~="cell"]')];
    expect(cells.length).to.equal(35);
    for (const cell of cells) {
      expect(visible(cell.querySelector('.pips')!)).to.equal(true);
      expect(visible(cell.querySelector('.short')!)).to.equal(true);
    }
    // One question's answers sit on one line.
    const tops = [...grid.querySelectorAll('tbody tr[data-criterion="cost"] td')].map((td) => Math.round(td.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    expect(document.documentElement.scrollWidth).to.be.at.most(1280);
  });

  it('fits a 320 px phone: the options side by side per question, no sideways scrolling, every option and slider reachable', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    const grid = parts(el).grid.shadowRoot!;
    const container = parts(el).grid.getBoundingClientRect();
    expect(grid.querySelector('table')!.getBoundingClientRect().right, 'the table is not wider than its container').to.be.at.most(
      container.right + 0.5,
    );
    expect(offScreen(grid.querySelector('thead')!), 'the rows name the options instead of column heads').to.equal(true);
    const rows = [...grid.querySelectorAll<HTMLElement>('tbody tr[data-criterion]')];
    expect(rows.length).to.equal(7);
    for (const row of rows) {
      // One block per question: its five options in dataset order, each named, one under the other.
      const cells = [...row.querySelectorAll<HTMLElement>('td[part~="cell"]')];
      expect(cells.map((c) => c.dataset.option)).to.deep.equal(['tms', 'medication', 'physical-therapy', 'lifestyle', 'current-care']);
      let bottom = row.querySelector('th')!.getBoundingClientRect().bottom - 1;
      for (const cell of cells) {
        const box = cell.getBoundingClientRect();
        expect(visible(cell.querySelector('.who')!), `${cell.dataset.option} named`).to.equal(true);
        expect(visible(cell.querySelector('.pips')!)).to.equal(true);
        expect(visible(cell.querySelector('.short')!)).to.equal(true);
        expect(box.top).to.be.at.least(bottom);
        bottom = box.bottom - 1;
      }
    }
    // Open every layer (as a patient might) and check nothing pushes the page sideways.
    await openEveryLayer(el);
    expect(grid.querySelectorAll('.sources').length).to.equal(35);
    // Priorities given by a slider, so there is a chart to open and to measure.
    const inputs = sliderInputs(el);
    inputs[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    for (const d of parts(el).chart.shadowRoot!.querySelectorAll('details')) d.open = true;
    await settle(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (const box of [...grid.querySelectorAll('[part~="cell"], section.answer')].map((n) => n.getBoundingClientRect())) {
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
    }
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
    const el = await smallWidget({}, smallDataset(), { equal: true });
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
      expect(offScreen(grid.querySelector('thead')!), 'narrow: no column heads').to.equal(true);
      expect(visible(grid.querySelector('.who')!), 'narrow: each row names its option').to.equal(true);
      expect(visible(parts(el).root.querySelector('[part~="mini-result"]')!), 'narrow: the compact result under the sliders').to.equal(
        true,
      );
      expect(el.getBoundingClientRect().width).to.equal(340);
      expect(Number(parts(el).chart.shadowRoot!.querySelector('svg')!.getAttribute('width'))).to.be.at.most(340);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
