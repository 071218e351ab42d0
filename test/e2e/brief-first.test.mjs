/**
 * Brief first (#11), measured on the built CDN bundle in Chromium, as a patient meets it: the
 * widget's height in its first state on a phone and a desktop (in screens), the Tab stops to the
 * first slider, that nothing names an option before priorities are given (screen, live region,
 * print), that the result is in view after the first slider move on a phone, and axe with every
 * layer open in English and Spanish. Each test prints its figures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, html, launch, settled, startServer, STRICT_CSP } from './support.mjs';

const SCRIPT = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
// A plain page: the widget in the page's flow, as a clinic pastes it.
const page = (attrs = '', lang = 'en') =>
  html(`<main><h1>Options for chronic pain</h1><treatment-compare ${attrs}></treatment-compare></main>${SCRIPT}`, { lang });
const headers = { 'content-security-policy': STRICT_CSP };
// The same page in a sans-serif font, as most clinic sites are (wider than the browser's default serif).
const sans = (body) => body.replace('<body>', '<body style="font-family: system-ui, sans-serif">');

/** Targets from the issue: screens in the first state, Tab stops to the first slider. */
const PHONE = { width: 390, height: 844, maxScreens: 6 };
const DESKTOP = { width: 1280, height: 900, maxScreens: 3 };
const MAX_TABS_TO_SLIDER = 10;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    '/en.html': { body: page(), headers },
    '/es.html': { body: page('lang="es"', 'es'), headers },
    '/given.html': { body: page('weights="cost:8"'), headers },
    '/sans.html': { body: sans(page()), headers: {} },
    '/sans-es.html': { body: sans(page('lang="es"', 'es')), headers: {} },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, { width, height }, touch = false) {
  const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.url}${path}`);
  await settled(p);
  return { p, context, errors };
}

const widgetHeight = (p) => p.evaluate(() => document.querySelector('treatment-compare').getBoundingClientRect().height);

/** The text a person (or a screen reader) can get from the widget: its shadow trees, hidden parts included. */
const widgetText = (p) => p.evaluate(() => window.__tc.deepText(document.querySelector('treatment-compare')));

/** Every rating cell of the first layer that is rendered and has a size (so visible without a click). */
const visibleCells = (p) =>
  p.evaluate(
    () =>
      window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="cell"]').filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && el.querySelector('.pips, .rating-words');
      }).length,
  );

/**
 * The Spanish short answers and short names run longer, so the Spanish view is taller: printed
 * against the same targets (not part of the measure), and held under a ceiling.
 */
const SPANISH_CEILING = { [PHONE.width]: 6.3, [DESKTOP.width]: 3.2 };

describe('brief first: the first state', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    // The browser's default serif, and the sans-serif most clinic sites set (wider: more lines).
    for (const path of ['/en.html', '/sans.html']) {
      it(`fits in ${viewport.maxScreens} screens at ${viewport.width} x ${viewport.height} (${path}), every rating visible`, async () => {
        const { p, context, errors } = await open(path, viewport, viewport === PHONE);
        const height = await widgetHeight(p);
        const screens = height / viewport.height;
        const cells = await visibleCells(p);
        console.log(
          `  ${viewport.width} x ${viewport.height}, ${path}: widget ${Math.round(height)} px = ${screens.toFixed(2)} screens (target ≤ ${viewport.maxScreens}); ${cells} rating cells visible without a click`,
        );
        assert.equal(cells, 35, 'all five options answer all seven questions in the first layer');
        assert.ok(screens <= viewport.maxScreens, `${screens.toFixed(2)} screens`);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    it(`in Spanish on a sans-serif page at ${viewport.width} x ${viewport.height}: printed against the target`, async () => {
      const { p, context } = await open('/sans-es.html', viewport, viewport === PHONE);
      const screens = (await widgetHeight(p)) / viewport.height;
      const verdict = screens <= viewport.maxScreens ? 'met' : 'NOT met';
      const ceiling = SPANISH_CEILING[viewport.width];
      console.log(
        `  ${viewport.width} x ${viewport.height}, Spanish, sans-serif: ${screens.toFixed(2)} screens (target ≤ ${viewport.maxScreens}: ${verdict}; ceiling ${ceiling})`,
      );
      assert.ok(screens <= ceiling, `${screens.toFixed(2)} screens`);
      await context.close();
    });
  }

  it(`reaches the first slider within ${MAX_TABS_TO_SLIDER} Tab stops, with skip links first`, async () => {
    const { p, context } = await open('/en.html', DESKTOP);
    // Start just before the widget: focus the page's heading area, then Tab into the widget.
    await p.evaluate(() => {
      const before = document.createElement('button');
      before.textContent = 'before';
      document.querySelector('treatment-compare').before(before);
      before.focus();
    });
    const stops = [];
    let toSlider;
    for (let i = 0; i < 200; i++) {
      await p.keyboard.press('Tab');
      const f = await p.evaluate(() => {
        let el = document.activeElement;
        const inside = el?.tagName === 'TREATMENT-COMPARE';
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return {
          inside,
          tag: el?.tagName.toLowerCase(),
          type: el?.getAttribute('type'),
          text: (el?.textContent ?? '').trim().slice(0, 40),
        };
      });
      if (!f.inside) break;
      stops.push(f);
      if (toSlider === undefined && f.type === 'range') toSlider = stops.length;
    }
    console.log(`  Tab stops: first slider is stop ${toSlider} (target ≤ ${MAX_TABS_TO_SLIDER}); ${stops.length} in the whole first state`);
    assert.match(stops[0].text, /Skip to what matters to you/);
    assert.ok(toSlider !== undefined && toSlider <= MAX_TABS_TO_SLIDER, `first slider at stop ${toSlider}`);
    assert.ok(!stops.some((s) => s.tag === 'a' && !/Skip/.test(s.text)), 'no link is a Tab stop in the first state (sources are closed)');
    await context.close();
  });

  it('names no option and shows no fit before priorities are given: on screen, in the live region and in print', async () => {
    const { p, context } = await open('/en.html', DESKTOP);
    const chart = await p.evaluate(
      () => window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="chart"], tc-how-sure').length,
    );
    const results = await p.evaluate(() =>
      window.__tc.deepText(window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="results"]')[0]),
    );
    const summary = await p.evaluate(() =>
      window.__tc.deepText(window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="summary"]')[0]),
    );
    const text = await widgetText(p);
    console.log(`  first state: ${chart} chart or readout elements; result says "${results.trim().slice(0, 90)}…"`);
    assert.equal(chart, 0);
    assert.doesNotMatch(text, /lines up most closely|out of 100:|of 100\b/);
    assert.doesNotMatch(summary, /\b\d+ of 100\b/);
    assert.match(summary, /No priorities were set/);
    // A page that gives priorities gets the result at once.
    const given = await open('/given.html', DESKTOP);
    const shown = await given.p.evaluate(() => window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="chart"]').length);
    assert.equal(shown, 1, 'weights given by the page count as priorities');
    await given.context.close();
    // "Show with equal priorities" is an explicit choice, and then the chart appears.
    await p.evaluate(() => window.__tc.deepAll(document.querySelector('treatment-compare'), 'button.show-equal')[0].click());
    await settled(p);
    assert.equal(await p.evaluate(() => window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="chart"]').length), 1);
    await context.close();
  });
});

describe('brief first: the result follows the sliders', () => {
  it('on a phone, after the first slider move the result is in the viewport without scrolling', async () => {
    const { p, context } = await open('/en.html', PHONE, true);
    const slider = p.locator('treatment-compare input[type="range"]').first();
    await slider.scrollIntoViewIfNeeded();
    await slider.focus();
    await p.keyboard.press('ArrowRight');
    await settled(p);
    const box = await p.evaluate(() => {
      const el = window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="mini-result"], [part~="results"]').find((x) => {
        const b = x.getBoundingClientRect();
        return b.height > 0 && getComputedStyle(x).display !== 'none';
      });
      const b = el.getBoundingClientRect();
      return { part: el.getAttribute('part'), top: b.top, bottom: b.bottom, height: b.height, viewport: innerHeight };
    });
    console.log(
      `  390 x 844 after one slider move: ${box.part} at ${Math.round(box.top)}-${Math.round(box.bottom)} px of ${box.viewport} (${Math.round(box.height)} px tall)`,
    );
    assert.ok(box.top >= 0 && box.bottom <= box.viewport, 'the result is inside the viewport');
    await context.close();
  });
});

describe('brief first: axe', () => {
  for (const lang of ['en', 'es']) {
    it(`has no violations in the first state and with every layer open (${lang})`, async () => {
      const { p, context } = await open(`/${lang}.html`, DESKTOP);
      const first = await axeViolations(p, { include: 'treatment-compare' });
      // Open every layer: each question's full answers, then every source list, every disclosure.
      await p.evaluate(async () => {
        const root = document.querySelector('treatment-compare');
        for (const b of window.__tc.deepAll(root, 'button.more-toggle')) b.click();
        await window.__tc.settle(root);
        for (const d of window.__tc.deepAll(root, 'details')) d.open = true;
        await new Promise((r) => setTimeout(r, 50));
        await window.__tc.settle(root);
      });
      const height = await widgetHeight(p);
      const opened = await axeViolations(p, { include: 'treatment-compare' });
      console.log(
        `  axe (${lang}): ${first.length} violations in the first state, ${opened.length} with every layer open (${Math.round(height)} px open)`,
      );
      assert.deepEqual(first, []);
      assert.deepEqual(opened, []);
      await context.close();
    });
  }
});
