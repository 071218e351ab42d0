/**
 * The counselor screen (#12) as a counselor meets it, on a minimal page (a heading, then the
 * widget) over the built CDN bundle: docs/counselor-1366.png at 1366 x 768 after one slider move,
 * or, with an output folder, every size and state (first state, with a chart, a popover open,
 * two options compared) for a look. Run `npm run build` first.
 *   node scripts/counselor-screenshot.mjs            -> docs/counselor-1366.png
 *   node scripts/counselor-screenshot.mjs /tmp/shots -> /tmp/shots/<size>-<lang>-<state>.png
 */
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from './browser.mjs';
import { startServer } from './static-server.mjs';

const out = process.argv[2];
const page = (lang) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Counselor</title></head><body><main><h1>Options for chronic pain</h1><treatment-compare mode="counselor"></treatment-compare></main><script type="module" src="/dist/cdn/treatment-compare.js"></script></body></html>`;
const server = await startServer({ '/en.html': { body: page('en') }, '/es.html': { body: page('es') } });
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });

async function shoot(viewport, lang, states) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const p = await context.newPage();
  await p.goto(`${server.url}/${lang}.html`);
  await p.locator('treatment-compare [part~="grid"]').waitFor();
  await p.waitForTimeout(300);
  const name = (state) => `${out}/${viewport.width}-${lang}-${state}.png`;
  if (states.includes('first')) await p.screenshot({ path: name('first') });
  const slider = p.locator('treatment-compare input[type="range"]').nth(1);
  await slider.focus();
  for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
  await p.locator('treatment-compare input[type="range"]').nth(4).focus();
  for (let i = 0; i < 4; i++) await p.keyboard.press('ArrowRight');
  await p.locator('treatment-compare input[type="range"]').nth(4).blur();
  await p.evaluate(() => scrollTo(0, 0));
  await p.waitForTimeout(400);
  if (!out) {
    await p.screenshot({ path: 'docs/counselor-1366.png' });
    await context.close();
    return;
  }
  await p.screenshot({ path: name('chart') });
  if (states.includes('popover')) {
    await p.locator('treatment-compare button.cell-button[data-option="tms"][data-criterion="side-effects"]').click();
    await p.waitForTimeout(200);
    await p.screenshot({ path: name('popover') });
    await p.keyboard.press('Escape');
  }
  if (states.includes('two')) {
    await p.locator('treatment-compare button.chip[data-option="tms"]').click();
    await p.locator('treatment-compare button.chip[data-option="physical-therapy"]').click();
    await p.waitForTimeout(400);
    await p.screenshot({ path: name('two') });
  }
  await context.close();
}

if (out) {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1280, height: 720 },
  ])
    for (const lang of ['en', 'es']) await shoot(viewport, lang, ['first', 'popover', 'two']);
} else {
  await shoot({ width: 1366, height: 768 }, 'en', []);
}
await browser.close();
await server.close();
console.log(out ? `wrote ${out}/*.png` : 'wrote docs/counselor-1366.png');
