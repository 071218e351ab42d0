import { expect, html } from '@open-wc/testing';
import { parts, settle, sliderFor, widgetFrom } from './helpers.js';
import type { TreatmentCompare } from '../../src/index.js';

/** Every element in the widget, through every shadow root. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

describe('strict CSP and speed', () => {
  it('renders no style attributes anywhere (a strict Content-Security-Policy blocks them)', async () => {
    const el = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    // Open every details element; the parts render their content on `toggle`, and an opened card
    // brings new (closed) details, so repeat until none is closed.
    for (let round = 0; round < 5; round++) {
      const closed = allElements(el.shadowRoot!).filter((d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement && !d.open);
      if (closed.length === 0) break;
      const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
      for (const d of closed) d.open = true;
      await Promise.all(toggled);
      await settle(el);
    }
    const elements = allElements(el.shadowRoot!);
    expect(elements.filter((e) => e instanceof HTMLDetailsElement && !e.open)).to.deep.equal([]);
    expect(elements.length).to.be.greaterThan(500);
    expect(elements.filter((e) => e.hasAttribute('style')).map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  // The speed figure is printed here and measured properly (production build, fresh pages) by `npm run bench`;
  // a timing assertion in a component test fails on a loaded machine, not on slow code.
  it('updates the chart on every slider input (default dataset), and prints how long it took', async () => {
    const el: TreatmentCompare = await widgetFrom(html`<treatment-compare></treatment-compare>`);
    const input = sliderFor(el, 'cost');
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      input.value = String(i % 11);
      const start = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`slider input -> chart rendered: median ${median.toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
    expect(Number(el.currentWeights.cost)).to.equal(29 % 11);
    const chart = parts(el).chart.shadowRoot!;
    expect(chart.querySelectorAll('rect.seg').length).to.be.greaterThan(0);
    expect(chart.querySelector('rect.seg[data-criterion="cost"]'), 'cost at 29 % 11 = 7 is drawn').to.exist;
  });
});
