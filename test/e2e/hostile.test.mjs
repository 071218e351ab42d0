/**
 * The committed hostile corpus fed to the built CDN bundle: one file per kind of payload, each
 * showing a clear message (or markup as text), firing dataset-error, leaving the page responsive
 * and running no script. Which message each file gets is checked for every file in
 * test/unit/hostile.test.ts (the model alone, in milliseconds); here is what only a browser shows.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations, html, launch, openPage, settled, startServer, STRICT_CSP } from './support.mjs';

/**
 * One file per kind of payload (the others in test/hostile/ are the same kind with other values:
 * bad-nan-literal is malformed JSON too, bad-not-an-object, bad-numbers, bad-missing-cells and
 * bad-unknown-citation break the schema like bad-wrong-types).
 */
const KINDS = {
  'bad-malformed.json': 'not JSON at all',
  'bad-wrong-types.json': 'JSON in the wrong shape',
  'bad-huge-strings.json': '100,000-character values',
  'bad-thousand-options.json': 'a thousand options',
  'bad-links.json': 'javascript: and data: links',
  'safe-markup-everywhere.json': 'markup and script in every text',
};
const files = Object.keys(KINDS);
const CLINIC_FILES = ['bad-clinic-links.json', 'safe-clinic-markup.json'];
// A renamed file would be served as a 404 page, which a bad-* test would take for a refusal.
for (const file of [...files, ...CLINIC_FILES])
  assert.ok(existsSync(new URL(`../hostile/${file}`, import.meta.url)), `test/hostile/${file}`);
/** The screen axe checks: the message for a refused dataset. */
const AXE_ON = 'bad-malformed.json';
const PAGE = html(`<main><h1>Clinic page</h1><p id="host">Host page text</p><treatment-compare></treatment-compare></main>
<script type="module" src="/dist/cdn/treatment-compare.js"></script>`);

const TT_PAGE = html(`<main><h1>Clinic page</h1><p id="host">Host page text</p><treatment-compare></treatment-compare></main>
<script type="module" src="/dist/cdn/treatment-compare.js"></script><script type="module" src="/tt-other.js"></script>`);
const OTHER_SCRIPT = `document.querySelector('#host').textContent = 'The page script ran';`;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    '/hostile.html': { body: PAGE },
    // Trusted Types enforced with a policy list that leaves Lit's out; another script of the page after ours.
    '/tt-refused.html': {
      body: TT_PAGE,
      headers: { 'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types clinic-policy` },
    },
    '/tt-other.js': { body: OTHER_SCRIPT, type: 'text/javascript' },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Points the widget at `src` and returns what happened: errors reported, text shown, whether anything ran. */
function feed(page, mutate) {
  return page.evaluate(async (mutate) => {
    const el = document.querySelector('treatment-compare');
    const errors = [];
    el.addEventListener('dataset-error', (event) => errors.push(event.detail));
    // Test-only: the mutation arrives as source text (this page has no CSP).
    const AsyncFunction = (async () => {}).constructor;
    await new AsyncFunction('el', mutate)(el);
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline && errors.length === 0 && !window.__tc.deepText(el).includes('<img')) {
      await new Promise((r) => setTimeout(r, 20));
      await window.__tc.settle(el);
    }
    await window.__tc.settle(el);
    const start = performance.now();
    await new Promise((r) => setTimeout(r, 0));
    return {
      errors,
      text: window.__tc.deepText(el),
      pwned: window.__pwned,
      injected: window.__tc.deepAll(el, 'img, script, iframe, object, embed, svg[onload]').length,
      hostText: document.querySelector('#host').textContent,
      responsiveMs: performance.now() - start,
    };
  }, mutate);
}

describe('hostile corpus through src', () => {
  for (const file of files) {
    it(`${KINDS[file]} (${file}): ${file.startsWith('bad-') ? 'a clear message and dataset-error' : 'markup shown as text'}; no script runs`, async () => {
      const { page, context, problems } = await openPage(browser, `${server.url}/hostile.html`);
      await settled(page);
      const result = await feed(page, `el.setAttribute('src', '/test/hostile/${file}')`);
      assert.equal(result.pwned, undefined, 'no payload ran');
      assert.equal(result.hostText, 'Host page text');
      assert.ok(result.responsiveMs < 1000, `the page stays responsive (${result.responsiveMs} ms)`);
      assert.deepEqual(problems.pageErrors, []);
      if (file.startsWith('bad-')) {
        assert.equal(result.errors.length, 1, 'one dataset-error');
        assert.equal(result.errors[0].source, 'src');
        assert.ok(result.errors[0].errors.length > 0);
        // The first message is shown on the page, as text.
        assert.ok(result.text.includes(result.errors[0].errors[0].slice(0, 60)), 'the message is visible');
        // The widget keeps working with what it had (the built-in dataset).
        assert.match(result.text, /Treatment choices for chronic pain/);
      } else {
        assert.deepEqual(result.errors, []);
        assert.match(result.text, /<img src=x onerror=/, 'markup appears as text');
        assert.equal(result.injected, 0, 'no element was created from data');
      }
      if (file === AXE_ON) assert.deepEqual(await axeViolations(page), [], 'the message passes axe');
      await context.close();
    });
  }
});

// NaN reaches the widget only through the property (JSON has none); Infinity, negative and other
// numbers get the same message from the same validation (test/unit/dataset.test.ts).
describe('hostile values through the dataset property', () => {
  for (const [name, value] of [['NaN', 'NaN']]) {
    it(`refuses ${name} with a clear message`, async () => {
      const { page, context, problems } = await openPage(browser, `${server.url}/hostile.html`);
      await settled(page);
      const result = await feed(
        page,
        `const data = await (await fetch('/data/chronic-pain.json')).json();
        data.cells.tms.cost.score = ${value};
        el.dataset = data;`,
      );
      assert.equal(result.errors.length, 1);
      assert.equal(result.errors[0].source, 'property');
      assert.deepEqual(result.errors[0].errors, [`cells.tms.cost.score: expected a whole number from 1 to 5, got ${value}`]);
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  }
});

describe('hostile attributes', () => {
  it('never throws and clamps', async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}/hostile.html`);
    await settled(page);
    const values = await page.evaluate(async () => {
      const el = document.querySelector('treatment-compare');
      for (const [name, value] of [
        ['weights', 'cost:1e309,side-effects:-50,<script>:3,' + 'x'.repeat(100000)],
        ['options', '<img src=x onerror=window.__pwned=1>,tms'],
        ['condition', '"><script>window.__pwned=1</script>'],
        ['mode', 'javascript:alert(1)'],
      ])
        el.setAttribute(name, value);
      await window.__tc.settle(el);
      return { sliders: window.__tc.deepAll(el, 'input[type=range]').map((s) => s.value), pwned: window.__pwned };
    });
    assert.equal(values.pwned, undefined);
    assert.deepEqual(values.sliders, ['5', '0', '5', '5', '5', '5', '5']);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
});

describe('hostile clinic configurations', () => {
  // A javascript: link, and markup in every text; bad-clinic-types is validation alone (unit tests).
  for (const file of CLINIC_FILES) {
    it(`${file} through an inline JSON child: ${file.startsWith('bad-') ? 'refused' : 'text only'}, no script runs`, async () => {
      const { page, context, problems } = await openPage(browser, `${server.url}/hostile.html`);
      await settled(page);
      const result = await feed(
        page,
        `const text = await (await fetch('/test/hostile/${file}')).text();
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        el.append(script);`,
      );
      assert.equal(result.pwned, undefined, 'no payload ran');
      assert.deepEqual(problems.pageErrors, []);
      if (file.startsWith('bad-')) {
        assert.equal(result.errors.length, 1);
        assert.equal(result.errors[0].source, 'clinic');
        assert.ok(result.text.includes(result.errors[0].errors[0].slice(0, 60)), 'the message is visible');
        assert.match(result.text, /Treatment choices for chronic pain/, 'the evidence still shows');
      } else {
        assert.deepEqual(result.errors, []);
        assert.match(result.text, /<img src=x onerror=/, 'markup appears as text');
        assert.equal(result.injected, 0);
      }
      await context.close();
    });
  }
});

describe('Trusted Types enforced without allowing Lit', () => {
  it('one plain console line saying how to fix it, no uncaught error, the page unharmed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const consoleLines = [];
    const pageErrors = [];
    // The browser's favicon request is not the page's.
    page.on(
      'console',
      (message) => !message.location().url.endsWith('/favicon.ico') && consoleLines.push(`${message.type()}: ${message.text()}`),
    );
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/tt-refused.html`);
    await page.waitForFunction(() => document.querySelector('#host').textContent === 'The page script ran');
    await page.waitForTimeout(300);
    assert.deepEqual(pageErrors, [], 'no uncaught error');
    // The browser's own report of the refused policy (no script can silence it), then our one line instead of Lit's TypeError.
    assert.equal(consoleLines.length, 2, consoleLines.join('\n'));
    assert.match(
      consoleLines[0],
      /^error: Creating a TrustedTypePolicy named 'lit-html' violates the following Content Security policy directive/,
    );
    assert.match(consoleLines[1], /^error: treatment-compare: .*Trusted Types.*Fix: add lit-html to the trusted-types directive/);
    const host = await page.evaluate(() => {
      const el = document.querySelector('treatment-compare');
      return { defined: customElements.get('treatment-compare') !== undefined, shadow: el.shadowRoot !== null, text: el.textContent };
    });
    assert.deepEqual(host, { defined: false, shadow: false, text: '' }, 'the host element is left as it was');
    await context.close();
  });
});
