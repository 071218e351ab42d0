/**
 * Sliders for thumbs (#11), on the built CDN bundle in Chromium with a touch screen: a vertical
 * swipe that starts on a slider's track scrolls the page and leaves the slider as it was; a
 * sideways drag still moves it, and so do the arrow keys; the touch target is at least 44 px tall
 * and the thumb one can see at least 24 px. Touches are real touch events (CDP
 * `Input.dispatchTouchEvent`), so Chromium's own slider handling runs. Each test prints its figures.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { html, launch, settled, startServer, STRICT_CSP } from './support.mjs';

const SCRIPT = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
// A page long enough to scroll both ways from any slider. The accent is a colour found nowhere
// else on the page, so the thumb can be measured by its pixels (a pseudo-element has no box to ask).
const THUMB_RGB = [255, 0, 255];
// The page's CSS is a file: the strict CSP allows no inline style.
const CSS = 'treatment-compare { --tc-accent: rgb(255 0 255); } .after { height: 2000px; }';
const PAGE = html(
  `<main><h1>Options for chronic pain</h1><treatment-compare></treatment-compare><div class="after"></div></main>${SCRIPT}`,
  {
    head: '<link rel="stylesheet" href="/page.css">',
  },
);
const headers = { 'content-security-policy': STRICT_CSP };
const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 640 };
const MIN_TARGET = 44;
const MIN_THUMB = 24;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({ '/thumbs.html': { body: PAGE, headers }, '/page.css': { body: CSS, type: 'text/css; charset=utf-8' } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(viewport) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.url}/thumbs.html`);
  await settled(p);
  // Bring the first slider to the middle of the screen, so the page can scroll either way.
  await p.evaluate(() => {
    const input = window.__tc.deepAll(document.querySelector('treatment-compare'), 'input[type="range"]')[0];
    input.scrollIntoView({ block: 'center' });
  });
  const cdp = await context.newCDPSession(p);
  return { p, context, cdp, errors };
}

/** The first slider's value and box, the page's scroll position and the weights-change events seen. */
function read(p) {
  return p.evaluate(() => {
    const input = window.__tc.deepAll(document.querySelector('treatment-compare'), 'input[type="range"]')[0];
    const box = input.getBoundingClientRect();
    return {
      value: Number(input.value),
      scrollY: window.scrollY,
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      events: window.__events ?? 0,
    };
  });
}

function countWeightEvents(p) {
  return p.evaluate(() => {
    window.__events = 0;
    document.addEventListener('weights-change', () => (window.__events += 1));
  });
}

/** A finger down at `from`, moved in `steps` frames to `to`, then lifted: real touch events. */
async function swipe(cdp, p, from, to, steps = 12) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    await p.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await p.waitForTimeout(300);
  await settled(p);
}

/** The box of the thumb's pixels (the accent colour) in a screenshot of the first slider. */
async function thumbBox(p) {
  const input = p.locator('treatment-compare input[type="range"]').first();
  const png = (await input.screenshot()).toString('base64');
  return p.evaluate(
    async ({ png, rgb }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
      for (let y = 0; y < image.height; y++) {
        for (let x = 0; x < image.width; x++) {
          const i = (y * image.width + x) * 4;
          if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) > 60) continue;
          [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
        }
      }
      return { width: right - left + 1, height: bottom - top + 1, scale: devicePixelRatio };
    },
    { png, rgb: THUMB_RGB },
  );
}

describe('sliders for thumbs: touch', () => {
  it('a vertical swipe starting on the track scrolls the page and leaves the slider as it was', async () => {
    const { p, context, cdp, errors } = await open(PHONE);
    await countWeightEvents(p);
    const before = await read(p);
    // On the track a quarter of the way along: far from the thumb (which is in the middle at 5).
    const start = { x: before.x + before.width * 0.25, y: before.y + before.height / 2 };
    await swipe(cdp, p, start, { x: start.x + 8, y: start.y - 240 });
    const up = await read(p);
    await swipe(cdp, p, { x: start.x, y: up.y + up.height / 2 }, { x: start.x - 8, y: up.y + up.height / 2 + 200 });
    const down = await read(p);
    console.log(
      `  vertical swipe from the track: value ${before.value} -> ${up.value} -> ${down.value}; page scrolled ${Math.round(up.scrollY - before.scrollY)} px down, then ${Math.round(up.scrollY - down.scrollY)} px up; ${down.events} weights-change events`,
    );
    assert.equal(up.value, before.value, 'swiping up does not move the slider');
    assert.equal(down.value, before.value, 'swiping down does not move the slider');
    assert.ok(up.scrollY - before.scrollY > 100, 'the page scrolled down');
    assert.ok(up.scrollY - down.scrollY > 100, 'the page scrolled back up');
    assert.equal(down.events, 0, 'no weights-change for a scroll');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a sideways drag still moves the slider, and the arrow keys too', async () => {
    const { p, context, cdp } = await open(PHONE);
    await countWeightEvents(p);
    const before = await read(p);
    // From the thumb (value 5 is the middle) to 80% of the track, with a little vertical wobble.
    const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await swipe(cdp, p, start, { x: before.x + before.width * 0.8, y: start.y + 6 });
    const dragged = await read(p);
    // A tap on the track still puts the thumb there.
    await swipe(cdp, p, { x: before.x + before.width * 0.1, y: start.y }, { x: before.x + before.width * 0.1, y: start.y }, 1);
    const tapped = await read(p);
    const input = p.locator('treatment-compare input[type="range"]').first();
    await input.focus();
    await p.keyboard.press('ArrowRight');
    await settled(p);
    const keyed = await read(p);
    console.log(
      `  sideways drag: value ${before.value} -> ${dragged.value}; tap near the start: -> ${tapped.value}; ArrowRight: -> ${keyed.value}; ${keyed.events} weights-change events`,
    );
    assert.ok(dragged.value >= 7, `the drag moved the slider right (${dragged.value})`);
    assert.ok(tapped.value <= 2, `the tap moved the slider to the start (${tapped.value})`);
    assert.equal(keyed.value, tapped.value + 1);
    assert.ok(keyed.events >= 3, 'each change was reported');
    await context.close();
  });
});

describe('sliders for thumbs: size', () => {
  for (const viewport of [PHONE, NARROWEST]) {
    it(`has a ${MIN_TARGET} px touch target and a thumb of at least ${MIN_THUMB} px, legible at ${viewport.width} px`, async () => {
      const { p, context } = await open(viewport);
      const box = await read(p);
      const thumb = await thumbBox(p);
      const text = await p.evaluate(() => {
        const slider = window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="slider"]')[0];
        const sizes = [...slider.querySelectorAll('label, .value, .ends span')].map((el) => {
          const b = el.getBoundingClientRect();
          return { size: parseFloat(getComputedStyle(el).fontSize), right: b.right, width: b.width, scrollWidth: el.scrollWidth };
        });
        return { sizes, sliderRight: slider.getBoundingClientRect().right };
      });
      const smallest = Math.min(...text.sizes.map((s) => s.size));
      console.log(
        `  ${viewport.width} px: touch target ${Math.round(box.width)} x ${Math.round(box.height)} px; visible thumb ${thumb.width / thumb.scale} x ${thumb.height / thumb.scale} px; smallest slider text ${smallest} px`,
      );
      assert.ok(box.height >= MIN_TARGET, `target ${box.height} px tall`);
      assert.ok(thumb.width / thumb.scale >= MIN_THUMB && thumb.height / thumb.scale >= MIN_THUMB, 'thumb big enough to see');
      assert.ok(smallest >= 13, 'question, value and end labels at least 13 px');
      for (const s of text.sizes)
        assert.ok(s.right <= text.sliderRight + 0.5 && s.scrollWidth <= Math.ceil(s.width) + 1, 'no text cut off or sticking out');
      await context.close();
    });
  }
});
