/**
 * The built CDN files load counselor mode's layout and styles (`treatment-compare.counselor.js`,
 * next to the script) only for a widget in counselor mode: a patient page never requests it; a
 * counselor page does, once, and renders the counselor layout styled under the strict CSP; a
 * missing file is said in plain words and reported by `dataset-error`, and the page keeps working.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { cspViolations, html, launch, openPage, settled, startServer, STRICT_CSP } from './support.mjs';

const MODULE = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
const CLASSIC = '<script src="/dist/cdn/treatment-compare.iife.js"></script>';
const ALL = '<script type="module" src="/dist/cdn/treatment-compare.all.js"></script>';
const COUNSELOR_FILE = '/dist/cdn/treatment-compare.counselor.js';
const page = (widgets, script) => ({
  body: html(`<main><h1>Lakeside Pain Clinic</h1>${widgets}<p id="after">Call us to book.</p></main>${script}`),
  headers: { 'content-security-policy': STRICT_CSP },
});
const PATIENT = '<treatment-compare></treatment-compare>';
const COUNSELOR = '<treatment-compare mode="counselor"></treatment-compare>';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    '/patient.html': page(PATIENT, MODULE),
    '/patient-classic.html': page(PATIENT, CLASSIC),
    '/counselor.html': page(`${COUNSELOR}${PATIENT}${COUNSELOR}`, MODULE),
    '/counselor-classic.html': page(COUNSELOR, CLASSIC),
    '/counselor-all.html': page(COUNSELOR, ALL),
    // Lit's policy allowed, without 'allow-duplicates': a second copy of Lit could not make its own.
    '/counselor-trusted-types.html': {
      ...page(COUNSELOR, MODULE),
      headers: { 'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html` },
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path` (recording every request the page makes and every `dataset-error`), waits for the
 * widgets, and returns what each shows: counselor layout or patient layout, styled for counselor
 * mode (its body text at least 18 px), and its text.
 */
async function open(path, { setup } = {}) {
  const requested = [];
  const { page, context, problems } = await openPage(browser, `${server.url}${path}`, {
    setup: async (context) => {
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await context.addInitScript(() => {
        window.__datasetErrors = [];
        document.addEventListener('dataset-error', (event) => window.__datasetErrors.push(event.detail));
      });
      await setup?.(context);
    },
  });
  await settled(page);
  const widgets = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('treatment-compare')].map((el) => ({
        counselor: el.shadowRoot.querySelector('[part~="counselor-controls"]') !== null,
        patient: el.shadowRoot.querySelector('.talk') !== null,
        styled: parseFloat(getComputedStyle(el.shadowRoot.querySelector('article')).fontSize) >= 18,
        text: window.__tc.deepText(el),
      })),
    );
  return { page, context, problems, requested, widgets };
}

const counselorRequests = (requested) => requested.filter((path) => path === COUNSELOR_FILE);

describe('counselor mode loads only on a counselor page', () => {
  for (const path of ['/patient.html', '/patient-classic.html']) {
    it(`a patient page (${path}) never requests treatment-compare.counselor.js`, async () => {
      const { page, context, problems, requested, widgets } = await open(path);
      const [widget] = await widgets();
      assert.equal(widget.patient, true);
      assert.equal(widget.counselor, false);
      assert.deepEqual(counselorRequests(requested), []);
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  }

  // The Trusted Types page: the file uses the script's Lit; a copy of its own could not make a second `lit-html` policy.
  for (const path of ['/counselor.html', '/counselor-classic.html', '/counselor-trusted-types.html']) {
    it(`a counselor page (${path}) requests it once, next to the script, and renders counselor mode styled, under the strict CSP`, async () => {
      const { page, context, problems, requested, widgets } = await open(path);
      assert.deepEqual(counselorRequests(requested), [COUNSELOR_FILE]);
      const shown = await widgets();
      for (const [i, widget] of shown.entries()) {
        const counselor = path === '/counselor-classic.html' || i !== 1; // the middle widget of counselor.html is a patient one
        assert.equal(widget.counselor, counselor, `widget ${i} counselor layout`);
        assert.equal(widget.patient, !counselor, `widget ${i} patient layout`);
        assert.equal(widget.styled, counselor, `widget ${i} counselor styles`);
      }
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(problems.pageErrors, []);
      assert.deepEqual(await page.evaluate(() => window.__datasetErrors), []);
      await context.close();
    });
  }

  it('a widget switched to counselor mode loads it then, and renders it', async () => {
    const { page, context, problems, requested, widgets } = await open('/patient.html');
    assert.deepEqual(counselorRequests(requested), []);
    await page.evaluate(async () => {
      const el = document.querySelector('treatment-compare');
      el.setAttribute('mode', 'counselor');
      await window.__tc.settle(el);
    });
    assert.deepEqual(counselorRequests(requested), [COUNSELOR_FILE]);
    const [widget] = await widgets();
    assert.equal(widget.counselor, true);
    assert.equal(widget.styled, true);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('the all-in-one file carries it: nothing more is requested', async () => {
    const { context, requested, widgets } = await open('/counselor-all.html');
    assert.deepEqual(
      requested.filter((path) => path.startsWith('/dist/')),
      ['/dist/cdn/treatment-compare.all.js'],
    );
    const [widget] = await widgets();
    assert.equal(widget.counselor, true);
    assert.equal(widget.styled, true);
    await context.close();
  });

  it('is listed in dist/cdn/integrity.json and shipped in the WordPress plugin', () => {
    const hashes = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    assert.match(hashes['treatment-compare.counselor.js'] ?? '', /^sha384-/);
    assert.ok(readFileSync('dist/wordpress/treatment-compare/cdn/treatment-compare.counselor.js').length > 0);
  });

  it('when the file cannot load: says so in plain words, fires dataset-error, and the page keeps working', async () => {
    const { page, context, problems, requested, widgets } = await open('/counselor-classic.html', {
      setup: (context) => context.route(`**${COUNSELOR_FILE}`, (route) => route.fulfill({ status: 404, body: 'Not found' })),
    });
    assert.deepEqual(counselorRequests(requested), [COUNSELOR_FILE]);
    const [widget] = await widgets();
    assert.equal(widget.counselor, false);
    assert.equal(widget.patient, false, 'never the patient layout instead');
    assert.match(widget.text, /The counselor's layout could not be loaded/);
    const errors = await page.evaluate(() => window.__datasetErrors);
    assert.equal(errors.length, 1);
    assert.match(errors[0].errors[0], /The counselor's layout could not be loaded/);
    assert.equal(await page.locator('#after').textContent(), 'Call us to book.');
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
});
