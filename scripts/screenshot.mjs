/**
 * Regenerates the README pictures from the demo page (run `npm start` first, or pass a URL), all
 * in the first state (nothing chosen yet):
 * - docs/first-state-phone.png: the first two screens of the widget on a 390 x 844 phone;
 * - docs/first-state-desktop.png: the first screen of the widget at 1280 x 900;
 * - docs/result-desktop.png: what matters and the result, after one slider move, at 1280 x 900;
 * - docs/print-summary.png: the one-page printout (print media, Letter width) after that move.
 */
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/demo/index.html';
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });

/** The widget's top, in page coordinates, once its grid has rendered. */
async function openAt(viewport, touch) {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('treatment-compare [part~="grid"]').waitFor();
  const top = await page.evaluate(() => document.querySelector('treatment-compare').getBoundingClientRect().top + scrollY);
  return { page, context, top };
}

const phone = await openAt({ width: 390, height: 844 }, true);
await phone.page.setViewportSize({ width: 390, height: 844 * 2 });
await phone.page.evaluate((y) => scrollTo(0, y), phone.top);
await phone.page.screenshot({ path: 'docs/first-state-phone.png' });
await phone.context.close();

const desktop = await openAt({ width: 1280, height: 900 }, false);
await desktop.page.evaluate((y) => scrollTo(0, y - 16), desktop.top);
await desktop.page.screenshot({ path: 'docs/first-state-desktop.png' });
const slider = desktop.page.locator('treatment-compare input[type="range"]').nth(4);
await slider.focus();
for (let i = 0; i < 3; i++) await desktop.page.keyboard.press('ArrowRight');
await desktop.page.evaluate(() => {
  const priorities = document.querySelector('treatment-compare').shadowRoot.querySelector('#tc-priorities');
  scrollTo(0, priorities.getBoundingClientRect().top + scrollY - 16);
});
await desktop.page.waitForTimeout(400);
await desktop.page.screenshot({ path: 'docs/result-desktop.png' });
await desktop.page.setViewportSize({ width: 816, height: 1056 });
await desktop.page.emulateMedia({ media: 'print' });
await desktop.page.screenshot({ path: 'docs/print-summary.png', fullPage: true });
await desktop.context.close();

await browser.close();
console.log('wrote docs/first-state-phone.png, docs/first-state-desktop.png, docs/result-desktop.png and docs/print-summary.png');
