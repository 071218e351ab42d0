/** The built CDN bundle on real pages: strict CSP, a classic script, double loading, ten instances, privacy. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { axeViolations, cspViolations, html, launch, openPage, settled, startServer, STRICT_CSP } from './support.mjs';

const MODULE = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
const CLASSIC = '<script src="/dist/cdn/treatment-compare.iife.js"></script>';
const CLINIC_CONFIG = JSON.stringify({
  name: 'Lakeside Pain Clinic',
  provides: ['tms'],
  facts: { tms: { price: 'Example: $300 a session', wait: 'About 2 weeks', offeredHere: true } },
  contact: { label: 'Book a visit', url: 'https://lakeside.example/book' },
  checked: '2026-11-01',
});
const CLINIC_PAGE = html(`<header><h1>Lakeside Pain Clinic</h1></header><main><h2>Is TMS right for me?</h2>
<p>Use this tool to compare your options before your visit.</p><treatment-compare>
<script type="application/json">${CLINIC_CONFIG}</script></treatment-compare></main>${MODULE}`);

/** A Spanish page pinning every CDN file: the script by `integrity`, the files it loads by an import map. */
function pinnedPage(hashes) {
  const importMap = JSON.stringify({
    integrity: {
      '/dist/cdn/treatment-compare.es.js': hashes['treatment-compare.es.js'],
      '/dist/cdn/treatment-compare.es-data.js': hashes['treatment-compare.es-data.js'],
      '/dist/cdn/treatment-compare.es-depth.js': hashes['treatment-compare.es-depth.js'],
    },
  });
  const csp = `${STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`)}`;
  const body = html(
    `<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script type="importmap">${importMap}</script>` +
      `<script type="module" src="/dist/cdn/treatment-compare.js" integrity="${hashes['treatment-compare.js']}" crossorigin="anonymous"></script>`,
    { lang: 'es' },
  );
  return { body, headers: { 'content-security-policy': csp } };
}

let browser;
let server;
before(async () => {
  const hashes = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  browser = await launch();
  server = await startServer({
    '/clinic.html': { body: CLINIC_PAGE, headers: { 'content-security-policy': STRICT_CSP } },
    '/classic.html': {
      body: html(`<main><h1>Lakeside Pain Clinic</h1><treatment-compare></treatment-compare></main>${CLASSIC}`),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/double.html': {
      body: html(
        `<main><h1>Lakeside Pain Clinic</h1><treatment-compare></treatment-compare></main>${MODULE}${CLASSIC}<script type="module" src="/dist/cdn/treatment-compare.js?copy=2"></script>`,
      ),
    },
    '/depth.html': {
      body: html(`<main><h1>Lakeside Pain Clinic</h1><treatment-compare></treatment-compare></main>${MODULE}`),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/ten.html': {
      body: html(`<main><h1>Lakeside Pain Clinic</h1>${'<treatment-compare></treatment-compare>'.repeat(10)}</main>${MODULE}`),
    },
    '/es.html': {
      body: html(`<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main>${MODULE}`, { lang: 'es-MX' }),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/es-classic.html': {
      body: html(`<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main>${CLASSIC}`, { lang: 'es' }),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/switch.html': {
      body: html(`<main><h1>Lakeside Pain Clinic</h1><treatment-compare></treatment-compare></main>${MODULE}`),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    // The CDN file copied alone, without the Spanish files that live next to it.
    '/lone/treatment-compare.js': { body: readFileSync('dist/cdn/treatment-compare.js', 'utf8'), type: 'text/javascript' },
    '/pinned.html': pinnedPage(hashes),
    '/pinned-all.html': {
      body: html(
        `<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script type="module" src="/dist/cdn/treatment-compare.all.js" integrity="${hashes['treatment-compare.all.js']}" crossorigin="anonymous"></script>`,
        { lang: 'es' },
      ),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/tampered.html': pinnedPage({
      ...hashes,
      'treatment-compare.es.js': `sha384-${createHash('sha384').update('something else').digest('base64')}`,
    }),
    '/trusted-types.html': {
      body: html(`<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main>${MODULE}`, { lang: 'es' }),
      headers: { 'content-security-policy': `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html` },
    },
    '/strict-dynamic.html': {
      body: html(
        '<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script type="module" nonce="r4nd0m" src="/dist/cdn/treatment-compare.js"></script>',
        { lang: 'es' },
      ),
      headers: {
        'content-security-policy':
          "default-src 'none'; script-src 'nonce-r4nd0m' 'strict-dynamic'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'",
      },
    },
    '/all.html': {
      body: html(
        '<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script type="module" src="/dist/cdn/treatment-compare.all.js"></script>',
        { lang: 'es' },
      ),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    '/all-classic.html': {
      body: html(
        '<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script src="/dist/cdn/treatment-compare.all.iife.js"></script>',
        { lang: 'es' },
      ),
      headers: { 'content-security-policy': STRICT_CSP },
    },
    // The Spanish messages copied without the Spanish dataset.
    '/partial/treatment-compare.js': { body: readFileSync('dist/cdn/treatment-compare.js', 'utf8'), type: 'text/javascript' },
    '/partial/treatment-compare.es.js': { body: readFileSync('dist/cdn/treatment-compare.es.js', 'utf8'), type: 'text/javascript' },
    '/partial.html': {
      body: html(
        '<main><h1>Clínica del Lago</h1><treatment-compare></treatment-compare></main><script type="module" src="/partial/treatment-compare.js"></script>',
        { lang: 'es' },
      ),
    },
    '/lone.html': {
      body: html(
        '<main><h1>Lakeside Pain Clinic</h1><treatment-compare></treatment-compare></main><script type="module" src="/lone/treatment-compare.js"></script>',
        { lang: 'es' },
      ),
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const sliderCount = (page, index = 0) =>
  page.evaluate((i) => window.__tc.deepAll(document.querySelectorAll('treatment-compare')[i], 'input[type=range]').length, index);

describe('script-tag embed on a clinic page with a strict CSP', () => {
  it('renders the default comparison with zero CSP violations, no errors and no axe violations', async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}/clinic.html`);
    await settled(page);
    const text = await page.evaluate(() => window.__tc.deepText(document.querySelector('treatment-compare')));
    assert.match(text, /TMS/);
    assert.match(text, /Physical therapy/i);
    assert.equal(await sliderCount(page), 7);
    assert.match(text, /Lakeside Pain Clinic provides TMS .* and is paid when patients choose/, 'the disclosure shows');
    assert.match(text, /Example: \$300 a session/, 'the clinic facts show');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  it('requests nothing but the page, the script, (for the clinic configuration) the checks and the details, and stores nothing', async () => {
    const before = server.requests.length;
    const { page, context } = await openPage(browser, `${server.url}/clinic.html`);
    await settled(page);
    const requests = server.requests.slice(before).filter((path) => !path.endsWith('.map'));
    // The page carries a clinic configuration, so the checks load from next to the script.
    // The built-in dataset's details (its depth) load after the first render, from next to the script too.
    assert.deepEqual(requests, [
      '/clinic.html',
      '/dist/cdn/treatment-compare.js',
      '/dist/cdn/treatment-compare.validate.js',
      '/dist/cdn/treatment-compare.en-depth.js',
    ]);
    assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    await context.close();
  });
});

describe('classic <script> (IIFE) under the strict CSP', () => {
  // The same screen as the module's (axe runs on it in 'ten instances on one page').
  it('renders with zero violations, and a page with no data of its own loads nothing else but the details', async () => {
    const before = server.requests.length;
    const { page, context, problems } = await openPage(browser, `${server.url}/classic.html`);
    await settled(page);
    const requests = server.requests.slice(before).filter((path) => !path.endsWith('.map'));
    assert.deepEqual(requests, ['/classic.html', '/dist/cdn/treatment-compare.iife.js', '/dist/cdn/treatment-compare.en-depth.js']);
    assert.equal(await sliderCount(page), 7);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });
});

const widgetText = (page) => page.evaluate(() => window.__tc.deepText(document.querySelector('treatment-compare')));

/**
 * Opens `path`, lets `check(page, text, requests)` look at it (the widget's text, the files the
 * page requested), then asserts what every page must hold: no CSP violation, no page error.
 * Axe runs only with `{ axe: true }`, once per distinct screen: most of these pages show the same
 * widget in the same language, loaded another way, and axe takes seconds a page.
 */
async function visit(path, check, { axe = false } = {}) {
  const before = server.requests.length;
  const { page, context, problems } = await openPage(browser, `${server.url}${path}`);
  await settled(page);
  await check(
    page,
    await widgetText(page),
    server.requests.slice(before).filter((p) => !p.endsWith('.map')),
  );
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(problems.pageErrors, []);
  if (axe) assert.deepEqual(await axeViolations(page), []);
  await context.close();
}

describe('a page in Spanish', () => {
  const SPANISH_FILES = [
    '/dist/cdn/treatment-compare.es.js',
    '/dist/cdn/treatment-compare.es-data.js',
    '/dist/cdn/treatment-compare.es-depth.js',
  ];

  for (const [kind, path, script] of [
    ['module', '/es.html', '/dist/cdn/treatment-compare.js'],
    ['classic script', '/es-classic.html', '/dist/cdn/treatment-compare.iife.js'],
  ]) {
    it(`(${kind}) loads the Spanish files next to the script, under the strict CSP, and shows only Spanish`, () =>
      visit(
        path,
        async (page, text, requests) => {
          assert.match(text, /Opciones de tratamiento para el dolor crónico/, 'the dataset is in Spanish');
          assert.match(text, /Terapia física/, 'option names are in Spanish');
          assert.match(text, /Las opciones, una al lado de la otra/, 'the interface is in Spanish');
          assert.doesNotMatch(text, /Physical therapy|The options side by side/, 'no English left');
          assert.equal(await sliderCount(page), 7);
          assert.deepEqual([...requests].sort(), [path, script, ...SPANISH_FILES].sort());
        },
        { axe: kind === 'module' },
      )); // the Spanish screen: axe once
  }

  it('switches live when lang changes, loading Spanish only then', () =>
    visit('/switch.html', async (page, text, requests) => {
      assert.match(text, /Physical therapy/);
      assert.deepEqual(
        requests.filter((p) => SPANISH_FILES.includes(p)),
        [],
        'an English page loads no Spanish',
      );
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
      await settled(page);
      const spanish = await widgetText(page);
      assert.match(spanish, /Terapia física/);
      assert.doesNotMatch(spanish, /Physical therapy/);
    }));

  for (const [kind, path, script] of [
    ['all-in-one module', '/all.html', '/dist/cdn/treatment-compare.all.js'],
    ['all-in-one classic script', '/all-classic.html', '/dist/cdn/treatment-compare.all.iife.js'],
  ]) {
    it(`(${kind}) shows Spanish from the one file, requesting nothing else`, () =>
      visit(path, (_page, text, requests) => {
        assert.match(text, /Terapia física/);
        assert.deepEqual(requests, [path, script]);
      }));
  }

  it('stays in English throughout, never half and half, when only the Spanish dataset is missing', () =>
    visit('/partial.html', (_page, text) => {
      assert.match(text, /Physical therapy/);
      assert.match(text, /The options side by side/);
      assert.doesNotMatch(text, /Terapia física|Las opciones, una al lado de la otra/);
    }));

  it('falls back to English when the CDN file was copied without the Spanish files', () =>
    visit('/lone.html', async (page, text) => {
      assert.match(text, /Physical therapy/);
      assert.equal(await sliderCount(page), 7);
    }));
});

describe('other strict policies', () => {
  it("Trusted Types enforced, with Lit's policy (lit-html) allowed: works in Spanish, zero violations", () =>
    visit('/trusted-types.html', async (page, text) => {
      assert.match(text, /Terapia física/);
      assert.equal(await sliderCount(page), 7);
    }));

  it("a nonce-based policy with 'strict-dynamic': the Spanish files are trusted through the script", () =>
    visit('/strict-dynamic.html', (_page, text) => assert.match(text, /Terapia física/)));
});

describe('Subresource Integrity (dist/cdn/integrity.json)', () => {
  it('a page pinning the script and, by an import map, the Spanish files shows Spanish under a strict CSP', () =>
    visit('/pinned.html', (_page, text) => assert.match(text, /Terapia física/)));

  it('the all-in-one file pins with its integrity attribute alone, Spanish included', () =>
    visit('/pinned-all.html', (_page, text, requests) => {
      assert.match(text, /Terapia física/);
      assert.deepEqual(requests, ['/pinned-all.html', '/dist/cdn/treatment-compare.all.js']);
    }));

  it('a Spanish file that does not match its hash is refused, and the widget stays in English', () =>
    visit('/tampered.html', async (page, text) => {
      assert.match(text, /Physical therapy/);
      assert.doesNotMatch(text, /Terapia física/);
      assert.equal(await sliderCount(page), 7);
    }));
});

describe("the built-in dataset's details (its depth) after the first render", () => {
  it('requests the depth file once the grid has rendered, then shows a cell’s detail and icon array, under the strict CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__csp.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    // Hold the depth file back, and look at the widget when it is asked for.
    let cellsWhenAsked = -1;
    let asked = 0;
    await page.route('**/treatment-compare.en-depth.js', async (route) => {
      asked++;
      cellsWhenAsked = await page.evaluate(() => {
        const grid = document.querySelector('treatment-compare')?.shadowRoot?.querySelector('tc-option-grid');
        return grid?.shadowRoot?.querySelectorAll('td[part="cell"] .short').length ?? 0;
      });
      await route.continue();
    });
    await page.goto(`${server.url}/depth.html`);
    await settled(page);
    assert.equal(asked, 1, 'the depth file is requested once');
    assert.equal(cellsWhenAsked, 35, 'every short answer had rendered when the depth was requested');
    const shown = await page.evaluate(async () => {
      const root = document.querySelector('treatment-compare');
      const grid = root.shadowRoot.querySelector('tc-option-grid');
      grid.shadowRoot.querySelector('tr[data-criterion="side-effects"] button.more-toggle').click();
      await window.__tc.settle(root);
      const answer = grid.shadowRoot.querySelector('tr.more-row section.answer[data-option="tms"]');
      return { text: window.__tc.deepText(answer), icons: !!answer.querySelector('tc-icon-array') };
    });
    assert.match(shown.text, /A survey of US TMS clinics counted 18 seizures/, 'the detail shows');
    assert.ok(shown.icons, 'the outcomes show with an icon array');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('lists the depth files in dist/cdn/integrity.json, as it lists every other CDN file', () => {
    const hashes = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    for (const file of [
      'treatment-compare.js',
      'treatment-compare.es-data.js',
      'treatment-compare.en-depth.js',
      'treatment-compare.es-depth.js',
    ])
      assert.match(hashes[file] ?? '', /^sha384-/, file);
  });
});

describe('loaded twice', () => {
  it('never throws and keeps working', async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}/double.html`);
    await page.waitForLoadState('load');
    await settled(page);
    assert.deepEqual(problems.pageErrors, []);
    assert.equal(await sliderCount(page), 7);
    await context.close();
  });
});

describe('ten instances on one page', () => {
  it('are independent', async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}/ten.html`);
    await settled(page);
    const values = await page.evaluate(async () => {
      const widgets = [...document.querySelectorAll('treatment-compare')];
      const slider = window.__tc.deepAll(widgets[3], 'input[type=range]')[0];
      slider.value = '10';
      slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      for (const w of widgets) await window.__tc.settle(w);
      return widgets.map((w) => window.__tc.deepAll(w, 'input[type=range]')[0].value);
    });
    assert.deepEqual(values, ['5', '5', '5', '10', '5', '5', '5', '5', '5', '5']);
    assert.deepEqual(problems.pageErrors, []);
    // The English screen without a clinic, and what two instances on one page could clash on
    // (landmark names, ids); the other eight are the same again, at seconds each.
    assert.deepEqual(await axeViolations(page, { include: 'treatment-compare:nth-of-type(-n + 2)' }), []);
    await context.close();
  });
});
