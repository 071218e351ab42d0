/**
 * `npm run bench`: the built CDN bundle in headless Chromium (Playwright).
 * Prints the time from the script's arrival to the first complete render, and the latency from a
 * slider input to the updated chart (median and p95 over 200 inputs) for the default dataset and
 * a generated 20 x 20 one. Targets: first render < 50 ms; update < 8 ms median (default) and
 * < 16 ms (20 x 20).
 */
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { generateDataset } from '../test/support/generate-dataset.js';
import { formatMs, summarise } from './stats.js';

const INPUTS = 200;
const FIRST_RENDER_RUNS = 10;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<main><treatment-compare></treatment-compare></main>
<script type="module" src="/dist/cdn/treatment-compare.js"></script>
</body></html>`;

/** In the page: wait until the root and every Lit element inside it have rendered. */
const SETTLE = `async function settle(node) {
  const seen = new Set();
  async function walk(el) {
    if (seen.has(el)) return;
    seen.add(el);
    if (el.updateComplete) await el.updateComplete;
    const root = el.shadowRoot;
    if (root) for (const child of root.querySelectorAll('*')) await walk(child);
  }
  await walk(node);
}
function deepAll(node, selector, out = []) {
  const root = node.shadowRoot ?? node;
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) deepAll(el, selector, out);
  }
  return out;
}`;

const server = await startServer({ '/bench.html': { body: PAGE } });
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
try {
  // First render, fresh page each run.
  const firstRender: number[] = [];
  const fromNavigation: number[] = [];
  for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
    const page = await browser.newPage();
    // Timed inside the page, as soon as the widget settles: not when the test gets to ask (after
    // the load event and a round trip), which would add their time to the figure.
    await page.addInitScript(`(() => {
      ${SETTLE}
      window.__firstRender = customElements.whenDefined('treatment-compare').then(async () => {
        const el = document.querySelector('treatment-compare');
        await settle(el);
        const done = performance.now();
        // Counted at that moment: the chart must already be drawn.
        return { done, bars: deepAll(el, 'svg [data-option]').length || deepAll(el, 'svg rect').length };
      });
    })()`);
    await page.goto(`${server.url}/bench.html`);
    const timing = (await page.evaluate(`(async () => {
      ${SETTLE}
      const { done, bars } = await window.__firstRender;
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/treatment-compare.js'));
      return { done, scriptEnd: script.responseEnd, bars };
    })()`)) as { done: number; scriptEnd: number; bars: number };
    if (timing.bars === 0) throw new Error('the chart did not render');
    firstRender.push(timing.done - timing.scriptEnd);
    fromNavigation.push(timing.done);
    await page.close();
  }
  const first = summarise(firstRender);
  const nav = summarise(fromNavigation);
  console.log(`First complete render, default dataset (${FIRST_RENDER_RUNS} page loads)`);
  console.log(
    `  from script arrival:  median ${formatMs(first.median)}  p95 ${formatMs(first.p95)}  (target < 50 ms: ${first.median < 50 ? 'within' : 'OVER'})`,
  );
  console.log(`  from navigation start: median ${formatMs(nav.median)}  p95 ${formatMs(nav.p95)}`);

  // Slider input -> updated chart.
  for (const [name, dataset, target] of [
    ['default dataset', null, 8],
    ['generated 20 x 20', generateDataset(20, 20, { rangeShare: 0.3 }), 16],
  ] as const) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/bench.html`);
    const times = (await page.evaluate(`(async (dataset, inputs) => {
      ${SETTLE}
      await customElements.whenDefined('treatment-compare');
      const el = document.querySelector('treatment-compare');
      if (dataset) el.dataset = dataset;
      await settle(el);
      const sliders = deepAll(el, 'input[type=range]');
      if (sliders.length === 0) throw new Error('no sliders found');
      const chartState = () => deepAll(el, 'svg rect').map((r) => r.getAttribute('width')).join(',');
      const times = [];
      let changed = 0;
      for (let i = 0; i < inputs; i++) {
        const slider = sliders[i % sliders.length];
        const before = chartState();
        const start = performance.now();
        slider.value = String((Number(slider.value) + 3 + (i % 5)) % 11);
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle(el);
        times.push(performance.now() - start);
        if (chartState() !== before) changed++;
      }
      if (changed < inputs / 2) throw new Error('the chart did not change on input (' + changed + ' of ' + inputs + ')');
      return times;
    })(${JSON.stringify(dataset)}, ${INPUTS})`)) as number[];
    const { median, p95 } = summarise(times);
    console.log(`Slider input -> updated chart, ${name} (${INPUTS} inputs)`);
    console.log(
      `  median ${formatMs(median)}  p95 ${formatMs(p95)}  (target median < ${target} ms: ${median < target ? 'within' : 'OVER'})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
