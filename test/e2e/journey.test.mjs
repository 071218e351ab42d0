/**
 * The decision journey and counselor mode on the built CDN bundle, on a page with a strict CSP:
 * the whole journey with the keyboard alone, print media, axe in both modes, and state restored
 * from crafted URL hashes (valid, junk, hostile) without an error.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, cspViolations, html, launch, openPage, settled, startServer, STRICT_CSP } from './support.mjs';

const SCRIPT = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
const page = (attrs) => html(`<main><h1>Options for chronic pain</h1><treatment-compare ${attrs}></treatment-compare></main>${SCRIPT}`);
const headers = { 'content-security-policy': STRICT_CSP };

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    '/patient.html': { body: page('persist="url"'), headers },
    '/counselor.html': { body: page('mode="counselor"'), headers },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Describes the deeply focused element: tag, name, value, data-* and its text. */
function focused(p) {
  return p.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      value: el.value ?? null,
      option: el.getAttribute('data-option'),
      criterion: el.getAttribute('data-criterion'),
      cls: el.className,
      id: el.id,
      text: (el.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until the focused element matches, failing after many presses. */
async function tabTo(p, matches, what) {
  for (let i = 0; i < 400; i++) {
    await p.keyboard.press('Tab');
    const f = await focused(p);
    if (f && matches(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const deepText = (p, selector) =>
  p
    .evaluate((selector) => {
      const el = document.querySelector('treatment-compare');
      return window.__tc
        .deepAll(el, selector)
        .map((n) => window.__tc.deepText(n))
        .join(' ');
    }, selector)
    .then((text) => text.replace(/\s+([:.?,)])/g, '$1'));

const settle = (p) => p.evaluate(() => window.__tc.settle(document.querySelector('treatment-compare')));

describe('the decision journey with the keyboard alone', () => {
  it('goes through every step, and the summary and the URL reflect it', async () => {
    const { page: p, context, problems } = await openPage(browser, `${server.url}/patient.html`);
    await settled(p);

    // 1. What matters: a slider; then, in its closed part, an option that is not possible.
    await tabTo(p, (f) => f.criterion === 'cost' && f.type === 'range', 'the cost slider');
    await p.keyboard.press('End');
    await tabTo(p, (f) => f.tag === 'summary' && f.text.startsWith('Rule out an option'), 'the "rule out" part');
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => f.type === 'checkbox' && f.option === 'medication', 'the medication checkbox');
    await p.keyboard.press('Space');

    // 2. Getting ready (a closed part): where you are in deciding, and how you would like to decide.
    await tabTo(p, (f) => f.tag === 'summary' && f.text.startsWith('Get ready'), 'the "get ready" part');
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => f.name === 'stage', 'the stage radios');
    await p.keyboard.press('Space');
    await p.keyboard.press('ArrowDown');
    await tabTo(p, (f) => f.name === 'role', 'the role radios');
    await p.keyboard.press('Space');
    await p.keyboard.press('ArrowDown');

    // 5. SURE: yes, yes, no, yes.
    for (const [item, yes] of [
      ['sure', true],
      ['understand', true],
      ['ratio', false],
      ['encouragement', true],
    ]) {
      await tabTo(p, (f) => f.name === `sure-${item}`, `SURE ${item}`);
      await p.keyboard.press('Space');
      if (!yes) await p.keyboard.press('ArrowRight');
    }

    // 6. The plan: a note.
    await tabTo(p, (f) => f.tag === 'textarea' && f.id === 'notes', 'the notes');
    await p.keyboard.type('Ask about parking');
    await settle(p);

    const note = await deepText(p, '[part="sure-note"]');
    assert.match(note, /Talking it through may help/);
    const summary = await deepText(p, '.summary');
    assert.match(summary, /I am thinking about the options/);
    assert.match(summary, /Together with my clinician/);
    assert.match(summary, /What will it cost me\? Matters most \(10 out of 10\)/);
    assert.match(summary, /Are you clear about which benefits and risks matter most to you\? No/);
    assert.match(summary, /Ask about parking/);
    assert.match(summary, /Options I ruled out: Pain medicines/);
    const chartOptions = await p.evaluate(() =>
      window.__tc
        .deepAll(document.querySelector('treatment-compare'), 'tc-fit-chart g[data-option], g[data-option]')
        .map((g) => g.getAttribute('data-option')),
    );
    assert.ok(!chartOptions.includes('medication'), 'the option set aside leaves the chart');
    const hash = await p.evaluate(() => decodeURIComponent(location.hash));
    assert.match(hash, /tc-stage=considering/);
    assert.match(hash, /tc-aside=medication/);
    assert.match(hash, /tc-sure=sure:y,understand:y,ratio:n,encouragement:y/);
    assert.ok(!hash.includes('parking'), 'notes never go in the URL');

    // Print media: the summary shows, the controls hide.
    await p.emulateMedia({ media: 'print' });
    const shown = await p.evaluate(() => {
      const root = document.querySelector('treatment-compare').shadowRoot;
      const display = (s) => getComputedStyle(root.querySelector(s)).display;
      return { summary: display('.summary'), takeAway: display('.take-away'), talk: display('.talk'), plan: display('.next-steps') };
    });
    assert.deepEqual(shown, { summary: 'block', takeAway: 'none', talk: 'none', plan: 'none' });
    await p.emulateMedia({ media: 'screen' });

    assert.deepEqual(await axeViolations(p), []);
    assert.deepEqual(await cspViolations(p), []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
});

describe('counselor mode', () => {
  it('compares two options with the chips (keyboard only), starts again with an undo offer, and has no axe violations', async () => {
    const { page: p, context, problems } = await openPage(browser, `${server.url}/counselor.html`);
    await settled(p);
    assert.deepEqual(await axeViolations(p), []);
    await tabTo(p, (f) => /chip/.test(f.cls) && f.option === 'tms', 'the TMS chip');
    await p.keyboard.press('Enter');
    await tabTo(p, (f) => /chip/.test(f.cls) && f.option === 'medication', 'the medicines chip');
    await p.keyboard.press('Space');
    await settle(p);
    const shown = await p.evaluate(() =>
      window.__tc
        .deepAll(document.querySelector('treatment-compare'), 'td[data-criterion="cost"]')
        .map((td) => td.getAttribute('data-option')),
    );
    assert.deepEqual(shown, ['tms', 'medication']);
    await tabTo(p, (f) => /start-again/.test(f.cls), 'start again');
    await p.keyboard.press('Enter');
    await settle(p);
    const all = await p.evaluate(() =>
      window.__tc
        .deepAll(document.querySelector('treatment-compare'), 'td[data-criterion="cost"]')
        .map((td) => td.getAttribute('data-option')),
    );
    assert.equal(all.length, 5); // back to the screen axe checked above
    const offer = await deepText(p, '.undo-status');
    assert.match(offer, /Started again/);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
});

describe('state restored from a crafted URL hash', () => {
  const hashes = {
    valid: '#tc-weights=cost:9,effectiveness:2&tc-stage=close&tc-role=together&tc-sure=sure:n,understand:y&tc-aside=lifestyle',
    junk: '#tc-weights=cost:abc,,::,effectiveness:999&tc-stage=42&tc-sure=%%%&tc-aside=,,,',
    hostile: `#tc-weights=__proto__:1,constructor:9&tc-stage=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&tc-options=%3Cscript%3E&tc-condition=javascript:alert(1)&tc-aside=${'x,'.repeat(3000)}`,
  };
  for (const [kind, hash] of Object.entries(hashes)) {
    it(`${kind}: never throws, shows the comparison, runs nothing`, async () => {
      const { page: p, context, problems } = await openPage(browser, `${server.url}/patient.html${hash}`);
      await settled(p);
      const state = await p.evaluate(() => {
        const el = document.querySelector('treatment-compare');
        return {
          weights: el.currentWeights,
          chart: window.__tc.deepAll(el, 'tc-fit-chart').length,
          error: window.__tc.deepAll(el, '[part="error"]').length,
          injected: window.__tc.deepAll(el, 'img, script').length,
          pwned: window.__pwned,
          stage: window.__tc
            .deepAll(el, 'input[name="stage"]')
            .filter((i) => i.checked)
            .map((i) => i.value),
        };
      });
      assert.equal(state.chart, 1);
      assert.equal(state.error, 0);
      assert.equal(state.injected, 0);
      assert.equal(state.pwned, undefined);
      assert.ok(Object.values(state.weights).every((w) => Number.isInteger(w) && w >= 0 && w <= 10));
      if (kind === 'valid') {
        assert.equal(state.weights.cost, 9);
        assert.deepEqual(state.stage, ['close']);
      } else {
        assert.deepEqual(state.stage, []);
      }
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(await cspViolations(p), []);
      await context.close();
    });
  }
});
