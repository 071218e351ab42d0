/**
 * docs/setup-page.png: the setup page at 1366 x 768, the form half filled in for a clinic (its name,
 * TMS provided, so the preview shows the disclosure) and its facts; and, with
 * `--phone`, the first three screens at 390 px wide in /tmp for a look. Builds the site first
 * (`npm run build` must have run: the page reads dist/cdn/integrity.json).
 */
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser.mjs';
import { buildSite } from './build-site.mjs';
import { startServer } from './static-server.mjs';

await buildSite();
const server = await startServer();
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });

async function filled(viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${server.url}/dist-site/demo/setup.html`);
  await page.waitForFunction(() => document.querySelector('#code-html')?.value.includes('integrity'));
  await page.fill('#clinic-name', 'Lakeside Pain Clinic');
  await page.check('input[name=provides][value=tms]');
  await page.click('details.facts:first-of-type summary');
  await page.fill('#fact-tms-price', '$250 a session');
  await page.fill('#fact-tms-wait', 'About 2 weeks');
  await page.fill('#contact-label', 'Book a visit');
  await page.fill('#contact-url', 'https://lakeside.example/book');
  await page.waitForTimeout(800);
  return { page, context };
}

const wide = await filled({ width: 1366, height: 768 });
await wide.page.evaluate(() => document.querySelector('#clinic-heading').scrollIntoView());
await wide.page.waitForTimeout(300);
await wide.page.screenshot({ path: 'docs/setup-page.png' });
await wide.context.close();

if (process.argv.includes('--phone')) {
  const phone = await filled({ width: 390, height: 844 });
  for (const [i, selector] of [
    'h1',
    '#clinic-heading',
    '#contact-label',
    '#preview-heading',
    '#snippet-heading',
    '#tools-heading',
  ].entries()) {
    await phone.page.evaluate((s) => document.querySelector(s).scrollIntoView(), selector);
    await phone.page.screenshot({ path: `/tmp/setup-phone-${i}.png` });
  }
  await phone.context.close();
}
await browser.close();
await server.close();
console.log('wrote docs/setup-page.png');
