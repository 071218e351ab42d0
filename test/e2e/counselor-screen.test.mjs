/**
 * Counselor mode on one screen (#12), measured on the built CDN bundle in Chromium, on a minimal
 * page (a heading, then the widget): at 1366 x 768 and at 1280 x 720 (a projector), every shown
 * option's name, every question row with every option's rating, every priority slider and the
 * result lie inside the first viewport without scrolling, in the first state (the result waits)
 * and with a chart; the body text is at least 18 px. Detail opens in place (a popover), and axe
 * finds nothing with it open. Each test prints its figures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, html, launch, settled, startServer, STRICT_CSP } from './support.mjs';

const SCRIPT = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
const page = (attrs = '', lang = 'en') =>
  html(`<main><h1>Options for chronic pain</h1><treatment-compare mode="counselor" ${attrs}></treatment-compare></main>${SCRIPT}`, {
    lang,
  });
const headers = { 'content-security-policy': STRICT_CSP };
/** A page in a wide sans-serif font (DejaVu Sans here, Verdana on many sites), where "33 of 100" is widest. */
const wideFontPage = (attrs, lang) =>
  html(`<main><h1>Options for chronic pain</h1><treatment-compare mode="counselor" ${attrs}></treatment-compare></main>${SCRIPT}`, {
    lang,
    head: '<link rel="stylesheet" href="/wide-font.css">',
  });

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
const MIN_BODY_PX = 18;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    '/en.html': { body: page(), headers },
    '/es.html': { body: page('lang="es"', 'es'), headers },
    '/wide-font.css': { body: 'body { font-family: "DejaVu Sans", Verdana, sans-serif; }', type: 'text/css' },
    '/wide-en.html': { body: wideFontPage('weights="cost:8"', 'en'), headers },
    '/wide-es.html': { body: wideFontPage('lang="es" weights="cost:8"', 'es'), headers },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, viewport) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.url}${path}`);
  await settled(p);
  // The chart measures its width with a ResizeObserver: let it draw at its size.
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await settled(p);
  return { p, context, errors };
}

/**
 * The boxes that must be on the first screen, and the type size: every option header, every
 * question row, every slider, the result; the article's font size and the smallest text in view.
 */
const measure = (p) =>
  p.evaluate(() => {
    const root = document.querySelector('treatment-compare');
    const all = (selector) => window.__tc.deepAll(root, selector);
    const shown = (el) => {
      const b = el.getBoundingClientRect();
      return b.width > 1 && b.height > 1;
    };
    const box = (kind, el) => {
      const b = el.getBoundingClientRect();
      const name =
        el.getAttribute('data-option') ?? el.getAttribute('data-criterion') ?? el.querySelector('input')?.dataset.criterion ?? '';
      return { kind, name, top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    };
    const boxes = [
      ...all('[part~="grid"] [role="columnheader"][data-option]')
        .filter(shown)
        .map((el) => box('option', el)),
      ...all('[part~="grid"] [role="row"][data-criterion]')
        .filter(shown)
        .map((el) => box('question', el)),
      ...all('[part~="slider"]')
        .filter(shown)
        .map((el) => box('slider', el)),
      ...all('[part~="results"]')
        .filter(shown)
        .map((el) => box('result', el)),
    ];
    const cells = all('[part~="grid"] [part~="cell"]').filter(shown).length;
    const article = root.shadowRoot.querySelector('article');
    // Text clipped away by an ancestor (overflow other than visible), through shadow roots.
    const clipped = (el, b) => {
      for (let a = el.parentElement ?? el.getRootNode().host; a; a = a.parentElement ?? a.getRootNode().host) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (Math.min(b.right, c.right) - Math.max(b.left, c.left) < 2 || Math.min(b.bottom, c.bottom) - Math.max(b.top, c.top) < 2)
          return true;
      }
      return false;
    };
    // The smallest text a person sees on the first screen (visible text nodes inside the viewport).
    let smallest = { size: Infinity, text: '' };
    const walk = (node) => {
      for (const child of node.shadowRoot ? [...node.shadowRoot.childNodes, ...node.childNodes] : node.childNodes) {
        if (child.nodeType === 3 && child.textContent.trim()) {
          const el = child.parentElement;
          const b = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const seen = b.width > 1 && b.height > 1 && b.bottom > 0 && b.top < innerHeight && style.visibility !== 'hidden';
          const hiddenFromSight = el.closest('.visually-hidden') || clipped(el, b);
          const size = parseFloat(style.fontSize);
          if (seen && !hiddenFromSight && size < smallest.size) smallest = { size, text: child.textContent.trim().slice(0, 40) };
        } else if (child.nodeType === 1) walk(child);
      }
    };
    walk(root);
    return {
      boxes,
      cells,
      body: parseFloat(getComputedStyle(article).fontSize),
      smallest,
      widget: root.getBoundingClientRect().height,
      viewport: { width: innerWidth, height: innerHeight },
      scrollWidth: document.documentElement.scrollWidth,
      chart: all('[part~="compact-result"]').length,
    };
  });

function report(label, m) {
  const lowest = m.boxes.reduce((a, b) => (b.bottom > a.bottom ? b : a), { bottom: -Infinity });
  const outside = m.boxes.filter((b) => b.top < 0 || b.left < 0 || b.bottom > m.viewport.height || b.right > m.viewport.width);
  const count = (kind) => m.boxes.filter((b) => b.kind === kind).length;
  console.log(
    `  ${label}: widget ${Math.round(m.widget)} px = ${(m.widget / m.viewport.height).toFixed(1)} screens; ` +
      `${count('option')} option headers, ${count('question')} question rows, ${count('slider')} sliders, ${count('result')} result, ${m.cells} rating cells; ` +
      `lowest: ${lowest.kind} ${lowest.name} at ${Math.round(lowest.bottom)} px of ${m.viewport.height}; ${outside.length} outside the first viewport; ` +
      `body ${m.body} px, smallest text in view ${m.smallest.size} px ("${m.smallest.text}"); ${m.chart ? 'chart' : 'waiting'}`,
  );
  return outside;
}

function check(m, outside) {
  assert.equal(m.boxes.filter((b) => b.kind === 'option').length, 5, 'every option is named');
  assert.equal(m.boxes.filter((b) => b.kind === 'question').length, 7, 'every question has a row');
  assert.equal(m.boxes.filter((b) => b.kind === 'slider').length, 7, 'seven priorities');
  assert.equal(m.boxes.filter((b) => b.kind === 'result').length, 1, 'the result');
  assert.equal(m.cells, 35, 'every option rated on every question');
  assert.deepEqual(
    outside.map((b) => `${b.kind} ${b.name}: ${Math.round(b.top)}-${Math.round(b.bottom)} px`),
    [],
    'all inside the first viewport',
  );
  assert.ok(m.body >= MIN_BODY_PX, `body text ${m.body} px`);
  assert.ok(m.scrollWidth <= m.viewport.width, `no sideways scroll (${m.scrollWidth} px)`);
}

describe('counselor mode on one screen', () => {
  for (const viewport of SCREENS) {
    for (const lang of ['en', 'es']) {
      it(`${viewport.width} x ${viewport.height} (${lang}): options, questions, priorities and result in the first viewport, before and after priorities`, async () => {
        const { p, context, errors } = await open(`/${lang}.html`, viewport);
        const first = await measure(p);
        const firstOutside = report(`${viewport.width} x ${viewport.height} ${lang}, first state`, first);
        // Give priorities: move the first slider with the keyboard; the chart replaces the waiting message.
        const slider = p.locator('treatment-compare input[type="range"]').first();
        await slider.focus();
        await p.keyboard.press('ArrowRight');
        await settled(p);
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await settled(p);
        // Focusing a slider below the first screen would scroll to it; note how far, then measure from the top.
        const scrolled = await p.evaluate(() => scrollY);
        await p.evaluate(() => scrollTo(0, 0));
        const given = await measure(p);
        const givenOutside = report(
          `${viewport.width} x ${viewport.height} ${lang}, with a chart (focusing the first slider scrolled ${scrolled} px)`,
          given,
        );
        assert.equal(scrolled, 0, 'reaching the first slider did not scroll the page');
        check(first, firstOutside);
        check(given, givenOutside);
        assert.equal(given.chart, 1);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

describe('counselor mode: detail in place', () => {
  it('opens a cell in a popover that moves nothing, closes with Escape and returns focus; axe finds nothing with it open', async () => {
    const viewport = SCREENS[0];
    const { p, context } = await open('/en.html', viewport);
    const rows = () =>
      p.evaluate(() =>
        window.__tc
          .deepAll(document.querySelector('treatment-compare'), '[part~="grid"] [role="row"][data-criterion]')
          .map((r) => Math.round(r.getBoundingClientRect().top)),
      );
    const before = await rows();
    const button = p.locator('treatment-compare tc-option-grid button.cell-button[data-option="tms"][data-criterion="side-effects"]');
    await button.focus();
    await p.keyboard.press('Enter');
    await settled(p);
    const opened = await p.evaluate(() => {
      const panel = window.__tc
        .deepAll(document.querySelector('treatment-compare'), '.cell-popover')
        .find((x) => x.matches(':popover-open'));
      if (!panel) return null;
      const b = panel.getBoundingClientRect();
      return { text: window.__tc.deepText(panel).trim().slice(0, 120), top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    });
    assert.ok(opened, 'a popover is open');
    console.log(
      `  popover for TMS, side effects at ${Math.round(opened.left)},${Math.round(opened.top)}-${Math.round(opened.right)},${Math.round(opened.bottom)} px: "${opened.text}…"`,
    );
    assert.ok(opened.bottom <= viewport.height && opened.top >= 0, 'the popover is on screen');
    assert.deepEqual(await rows(), before, 'opening it moved no row');
    const violations = await axeViolations(p, { include: 'treatment-compare' });
    console.log(`  axe with the popover open: ${violations.length} violations`);
    assert.deepEqual(violations, []);
    await p.keyboard.press('Escape');
    await settled(p);
    // The popover's toggle event (which gives focus back) is a task of its own: wait for it, not for Lit alone.
    await p
      .waitForFunction(
        () => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.dataset?.option !== undefined;
        },
        null,
        { timeout: 2000 },
      )
      .catch(() => {});
    const after = await p.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const open = window.__tc
        .deepAll(document.querySelector('treatment-compare'), '.cell-popover')
        .filter((x) => x.matches(':popover-open')).length;
      return { open, focus: `${el?.dataset.option} ${el?.dataset.criterion}` };
    });
    assert.deepEqual(after, { open: 0, focus: 'tms side-effects' });
    await context.close();
  });
});

describe('counselor mode: the result row in a wide font', () => {
  for (const viewport of SCREENS) {
    for (const lang of ['en', 'es']) {
      it(`${viewport.width} x ${viewport.height} (${lang}): every option's figure fits its column`, async () => {
        const { p, context } = await open(`/wide-${lang}.html`, viewport);
        const fits = await p.evaluate(() =>
          window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="compact-result"] .fit').map((fit) => {
            const range = document.createRange();
            range.selectNodeContents(fit);
            return {
              text: fit.textContent,
              textWidth: range.getBoundingClientRect().width,
              cellWidth: fit.closest('td').getBoundingClientRect().width,
              overflow: fit.scrollWidth - fit.clientWidth,
            };
          }),
        );
        console.log(
          `  ${viewport.width} x ${viewport.height} ${lang}, wide font: ${fits.map((f) => `"${f.text}" ${f.textWidth.toFixed(0)} of ${f.cellWidth.toFixed(0)} px`).join(', ')}`,
        );
        assert.equal(fits.length, 5);
        for (const f of fits) assert.ok(f.overflow <= 0, `"${f.text}" overflows its column by ${f.overflow} px`);
        await context.close();
      });
    }
  }
});
