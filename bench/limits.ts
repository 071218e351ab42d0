/**
 * `npm run bench:limits` (after `npm run build`): the widget at the limits it accepts (issue #14,
 * item 8), in headless Chromium on the built CDN file. Prints, from the browser's long-task timing:
 * - fifty instances on one page, in the first state (no priorities yet, so no chart): the long
 *   tasks until every one has drawn its comparison (target: none over 200 ms);
 * - fifty instances given priorities (`weights`): the long tasks until every one has drawn its chart;
 * - a mouse drag of 100 moves on a slider of the largest dataset the validator accepts in shape
 *   (20 options x 20 criteria, every cell with a score range), with one rest of 400 ms half way
 *   while still holding (the picture settles then), and the release: the long tasks from the first
 *   move until 500 ms after the release (target: none over 50 ms).
 */
import { chromium, type Page } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../scripts/browser.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { generateDataset } from '../test/support/generate-dataset.js';

const page = (
  instances: number,
  attrs = '',
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>limits</title></head><body><main>
${`<treatment-compare ${attrs}></treatment-compare>`.repeat(instances)}</main><script type="module" src="/dist/cdn/treatment-compare.js"></script></body></html>`;
const LONG_TASKS = `window.__long = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });`;
const longTasks = (p: Page) => p.evaluate(() => (window as unknown as { __long: number[] }).__long);
const report = (label: string, tasks: number[], target: number) =>
  console.log(
    `${label}: ${tasks.length} long tasks, worst ${Math.max(0, ...tasks).toFixed(0)} ms (target: none over ${target} ms: ${tasks.every((t) => t <= target) ? 'met' : 'NOT met'})`,
  );

const server = await startServer({
  '/one.html': { body: page(1, 'weights="cost:6"') },
  '/fifty.html': { body: page(50) },
  '/fifty-given.html': { body: page(50, 'weights="cost:6"') },
} as never);
const browser = await chromium.launch({ executablePath: browserPath(), headless: true, args: CHROMIUM_ARGS });
try {
  const first = await browser.newPage();
  await first.addInitScript(LONG_TASKS);
  await first.goto(`${server.url}/fifty.html`);
  await first.waitForFunction(
    () =>
      [...document.querySelectorAll('treatment-compare')].every((e) =>
        e.shadowRoot?.querySelector('tc-option-grid')?.shadowRoot?.querySelector('table'),
      ),
    null,
    { timeout: 60_000 },
  );
  await first.waitForTimeout(500);
  report('fifty instances in the first state, until every comparison is drawn', await longTasks(first), 200);

  const fifty = await browser.newPage();
  await fifty.addInitScript(LONG_TASKS);
  await fifty.goto(`${server.url}/fifty-given.html`);
  await fifty.waitForFunction(
    () => [...document.querySelectorAll('treatment-compare')].every((e) => e.shadowRoot?.querySelector('tc-fit-chart')),
    null,
    { timeout: 60_000 },
  );
  await fifty.waitForTimeout(500);
  report('fifty instances given priorities, until every chart is drawn', await longTasks(fifty), 200);

  const one = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await one.addInitScript(LONG_TASKS);
  await one.goto(`${server.url}/one.html`);
  await one.waitForFunction(() => document.querySelector('treatment-compare')?.shadowRoot?.querySelector('tc-fit-chart'));
  await one.evaluate(
    async (data) => {
      const el = document.querySelector('treatment-compare') as unknown as { dataset: unknown; updateComplete: Promise<unknown> };
      el.dataset = data;
      await el.updateComplete;
    },
    generateDataset(20, 20, { rangeShare: 1 }) as never,
  );
  await one.waitForTimeout(1000);
  await one.evaluate(() => void ((window as unknown as { __long: number[] }).__long = []));
  const box = await one.evaluate(() => {
    const slider = document
      .querySelector('treatment-compare')!
      .shadowRoot!.querySelector('tc-priority-sliders')!
      .shadowRoot!.querySelector('input[type=range]')!;
    slider.scrollIntoView();
    const r = slider.getBoundingClientRect();
    return { x: r.x, y: r.y + r.height / 2, w: r.width };
  });
  await one.mouse.move(box.x + 5, box.y);
  await one.mouse.down();
  for (let i = 0; i < 100; i++) {
    await one.mouse.move(box.x + 5 + ((i % 50) / 50) * (box.w - 10), box.y);
    // One rest mid-drag, still holding: the picture settles then (every segment and how sure it is).
    if (i === 49) await one.waitForTimeout(400);
  }
  await one.mouse.up();
  await one.waitForTimeout(500);
  report('drag, 100 moves with one rest, 20 x 20 with every cell ranged', await longTasks(one), 50);
} finally {
  await browser.close();
  await server.close();
}
