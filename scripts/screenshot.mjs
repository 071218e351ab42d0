/**
 * Regenerates the README pictures from the demo page (run `npm start` first, or pass a URL):
 * docs/screenshot.png (the top of the comparison) and docs/screenshot-chart.png (priorities and chart).
 */
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/demo/index.html';
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await page.goto(url);
await page.locator('treatment-compare [part~="grid"]').waitFor();
await page.screenshot({ path: 'docs/screenshot.png' });
const priorities = await page.locator('treatment-compare [part~="priorities"]').boundingBox();
const results = await page.locator('treatment-compare [part~="results"]').boundingBox();
const top = Math.min(priorities.y, results.y);
const bottom = Math.max(priorities.y + priorities.height, results.y + results.height);
await page.setViewportSize({ width: 1100, height: Math.ceil(bottom) + 40 });
await page.screenshot({
  path: 'docs/screenshot-chart.png',
  clip: { x: 0, y: top - 16, width: 1100, height: Math.min(1600, bottom - top + 32) },
});
await browser.close();
console.log('wrote docs/screenshot.png and docs/screenshot-chart.png');
