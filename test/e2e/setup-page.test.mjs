/**
 * The setup page for clinic web teams (demo/setup.html, built by scripts/build-site.mjs) under the
 * strict CSP: fill the form, copy the code, run that code on a fresh page (the CDN file served from
 * dist/cdn/ at its jsDelivr address, its integrity checked by the browser), problems beside their
 * fields, a dropped dataset checked with the CLI's lines, a pasted snippet loaded back, axe, 320 px.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSite } from '../../scripts/build-site.mjs';
import { axeViolations, cspViolations, html, launch, openPage, settled, startServer, STRICT_CSP } from './support.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN = `https://cdn.jsdelivr.net/npm/treatment-compare@${pkg.version}/dist/cdn/`;
const sha384 = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
const SETUP = '/dist-site/demo/setup.html';

let browser;
let server;
/** Routes can be added while the server runs (the fresh page is made from the copied code). */
const routes = {};
before(async () => {
  [browser] = await Promise.all([launch(), buildSite()]);
  for (const page of ['setup', 'api']) {
    routes[`/dist-site/demo/${page}.html`] = {
      body: readFileSync(`dist-site/demo/${page}.html`, 'utf8'),
      headers: { 'content-security-policy': STRICT_CSP },
    };
  }
  server = await startServer(routes);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The setup page, ready (the hashes loaded and the code shown). */
async function openSetup(viewport = { width: 1366, height: 768 }) {
  const opened = await openPage(browser, `${server.url}${SETUP}`);
  await opened.page.setViewportSize(viewport);
  await opened.page.waitForFunction(() => document.querySelector('#code-html')?.value.includes('integrity="sha384-'));
  return opened;
}

/** Fills the form as a clinic's web team would. */
async function fillLakeside(page) {
  await page.selectOption('#condition', 'migraine');
  await page.uncheck('input[name=options][value=medication]');
  await page.uncheck('input[name=options][value=lifestyle]');
  await page.check('input[name=set-weights]');
  await page.fill('#weight-cost', '8');
  await page.fill('#clinic-name', 'Lakeside Pain Clinic');
  await page.check('input[name=provides][value=tms]');
  // The disclosure shows in the preview as soon as the clinic provides an option.
  await page.waitForFunction(() => document.querySelector('#preview treatment-compare')?.clinic?.provides?.includes('tms'));
  await assert.doesNotReject(
    page.waitForFunction(
      () => {
        const el = document.querySelector('#preview treatment-compare');
        const walk = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot?.childNodes ?? []), ...n.childNodes].map(walk).join(' '));
        return el && /Lakeside Pain Clinic\s+provides\s+TMS/.test(walk(el));
      },
      null,
      { timeout: 5000 },
    ),
    'the disclosure shows in the preview',
  );
  await page.check('input[name=provides][value=physical-therapy]');
  await page.click('details.facts:first-of-type summary');
  await page.fill('#fact-tms-price', '$250 a session');
  await page.fill('#fact-tms-wait', 'About 2 weeks');
  await page.selectOption('#fact-tms-offeredHere', 'yes');
  await page.fill('#contact-label', 'Book a visit');
  await page.fill('#contact-url', 'https://lakeside.example/book');
  await page.fill('#checked', '2026-11-01');
}

describe('the setup page', () => {
  let snippet;

  it('fill the form, copy the code; that code on a fresh page under the strict CSP shows the same settings and facts', async () => {
    const { page, context, problems } = await openSetup();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const fields = await page.locator('#setup-form').locator('input, select, textarea').count();
    await fillLakeside(page);
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0, 'no problems shown');
    await page.click('#copy-html');
    await page.waitForFunction(() => /Copied/.test(document.querySelector('#status-html').textContent));
    snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.inputValue('#code-html'), 'the clipboard holds the code shown');
    console.log(
      `# setup page: ${fields} form fields; the copied code is ${snippet.length} characters, ${snippet.split('\n').length} lines`,
    );
    // The CSP line under the code names the hash of its import map, as a policy needs it.
    const cspLine = await page.locator('#csp-html').textContent();
    const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(snippet)[1];
    assert.ok(cspLine.includes(`'sha256-${createHash('sha256').update(importMap).digest('base64')}'`), cspLine);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();

    // Every file the script may load from next to itself is pinned by the import map, with the hash of the real built file.
    const pinned = JSON.parse(importMap).integrity;
    const siblings = readdirSync('dist/cdn').filter(
      (file) => file.endsWith('.js') && !/^treatment-compare(\.all)?(\.iife)?\.js$/.test(file),
    );
    assert.ok(siblings.includes('treatment-compare.en-depth.js') && siblings.includes('treatment-compare.validate.js'));
    assert.deepEqual(
      Object.keys(pinned),
      siblings.sort().map((file) => `${CDN}${file}`),
    );
    for (const file of siblings) assert.equal(pinned[`${CDN}${file}`], sha384(readFileSync(`dist/cdn/${file}`)), file);

    // Pinned to the version, with the hash of the real built file.
    const src = /<script type="module" src="([^"]+)"/.exec(snippet)[1];
    assert.equal(src, `${CDN}treatment-compare.js`);
    const integrity = /integrity="([^"]+)"/.exec(snippet)[1];
    assert.equal(integrity, sha384(readFileSync('dist/cdn/treatment-compare.js')));
    assert.match(snippet, /crossorigin="anonymous"/);

    const fresh = await runSnippet('/fresh.html', snippet);
    assert.equal(fresh.defined, true, 'the script passed its integrity check and ran');
    assert.deepEqual(fresh.state, { condition: 'migraine', options: 'tms,physical-therapy,current-care', cost: '8' });
    // Booleans, not the widget's whole text, so a failure prints a short line.
    assert.deepEqual(
      [
        /Lakeside Pain Clinic provides TMS .* and physical therapy .* and is paid when patients choose/,
        /\$250 a session/,
        /About 2 weeks/,
      ].map((pattern) => pattern.test(fresh.text)),
      [true, true, true],
      'the disclosure and the facts show',
    );
    assert.equal(fresh.contact, 'https://lakeside.example/book');
    assert.deepEqual(fresh.csp, []);
    assert.deepEqual(fresh.pageErrors, []);

    // The same code with a file that does not match its hash: the browser refuses it.
    const tampered = await runSnippet('/tampered.html', snippet, { 'treatment-compare.js': '/* changed */' });
    assert.equal(tampered.defined, false, 'a file that does not match the integrity is refused');

    // A changed file it loads later (the dataset's details) is refused too: the import map pins it. The rest works.
    const later = await runSnippet('/tampered-later.html', snippet, { 'treatment-compare.en-depth.js': '/* changed */' });
    assert.equal(later.defined, true);
    assert.match(later.text, /\$250 a session/);
    assert.deepEqual(
      later.consoleErrors.filter((text) => /integrity/i.test(text)).map((text) => /treatment-compare\.[\w.-]+\.js/.exec(text)?.[0]),
      ['treatment-compare.en-depth.js'],
      later.consoleErrors.join('\n'),
    );
  });

  it('a bad link and a future date each show their message beside the field', async () => {
    const { page, context } = await openSetup();
    await page.fill('#clinic-name', 'Lakeside Pain Clinic');
    await page.fill('#contact-label', 'Book a visit');
    await page.fill('#contact-url', 'lakeside.example/book');
    await page.fill('#checked', '2999-01-01');
    for (const [field, message] of [
      ['contact-url', 'Expected a link starting with http:// or https://.'],
      ['checked', 'This is in the future: give the day you last checked these facts.'],
    ]) {
      const input = page.locator(`#${field}`);
      await assert.doesNotReject(input.and(page.locator('[aria-invalid="true"]')).waitFor({ timeout: 3000 }));
      const describedBy = (await input.getAttribute('aria-describedby')).split(' ');
      assert.ok(describedBy.includes(`${field}-problem`), `${field} is described by its problem`);
      assert.equal(await page.textContent(`#${field}-problem`), message);
    }
    assert.match(await page.textContent('#problem-count'), /^2 problems to fix/);
    // Fixed: the messages go.
    await page.fill('#contact-url', 'https://lakeside.example/book');
    await page.fill('#checked', '2026-11-01');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    await context.close();
  });

  it("a dropped bad dataset, and one chosen with the file input, show the CLI's lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-setup-'));
    const bad = JSON.stringify({
      meta: { title: 'Mine', published: '2026-01-01', reviewBy: '2025-01-01' },
      options: [{ id: 'tms', label: 'TMS' }],
      criteria: [],
      cells: {},
    });
    writeFileSync(join(dir, 'bad.json'), bad);
    let cli = '';
    try {
      execFileSync('node', [join(process.cwd(), 'dist/cli.js'), 'validate', 'bad.json'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      cli = error.stdout;
    }
    assert.match(cli, /^bad\.json: \d+ problems? in this dataset/);

    const { page, context, problems } = await openSetup();
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'bad.json', { type: 'application/json' }));
      return data;
    }, bad);
    await page.dispatchEvent('#dataset-zone', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.querySelector('#dataset-report').dataset.result === 'failed');
    assert.equal(await page.textContent('#dataset-report'), cli.trimEnd());
    console.log(`# dropped bad dataset: ${cli.trimEnd().split('\n').length} lines, the same as the CLI's`);

    await page.setInputFiles('#dataset-file', {
      name: 'good.json',
      mimeType: 'application/json',
      buffer: readFileSync('data/chronic-pain.json'),
    });
    await page.waitForFunction(() => document.querySelector('#dataset-report').dataset.result === 'valid');
    assert.match(await page.textContent('#dataset-report'), /^good\.json: valid dataset \(5 options, 7 criteria/);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('a pasted snippet loads back into the form, and the form gives back the same code; pasted markup never enters the page', async () => {
    assert.ok(snippet, 'the first test copied a snippet');
    const { page, context, problems } = await openSetup();
    await page.fill('#paste-snippet', snippet);
    await page.click('#load-snippet');
    await page.waitForFunction(() => /Loaded into the form/.test(document.querySelector('#load-status').textContent));
    assert.equal(await page.inputValue('#clinic-name'), 'Lakeside Pain Clinic');
    assert.equal(await page.inputValue('#condition'), 'migraine');
    assert.equal(await page.inputValue('#fact-tms-price'), '$250 a session');
    assert.equal(await page.isChecked('input[name=provides][value=physical-therapy]'), true);
    assert.equal(await page.isChecked('input[name=options][value=medication]'), false);
    assert.equal(await page.inputValue('#code-html'), snippet, 'the round trip gives the same code');

    const hostile =
      '<img src=x id=pasted-img><treatment-compare mode="counselor" onclick="alert(1)"><script type="application/json">{"name":"<b>A</b>","provides":["tms"],"checked":"2026-01-01"}</script></treatment-compare>';
    await page.fill('#paste-snippet', hostile);
    await page.click('#load-snippet');
    await page.waitForFunction(() => /onclick/.test(document.querySelector('#load-status').textContent));
    assert.equal(await page.inputValue('#clinic-name'), '<b>A</b>', 'text stays text');
    assert.equal(await page.inputValue('#mode'), 'counselor');
    assert.equal(await page.locator('#pasted-img, b').count(), 0, 'nothing pasted was put into the page');
    // Chromium reports the pasted onclick as refused by the page's CSP even while parsing it into
    // DOMParser's inert document (which never runs it): that report, and nothing else.
    assert.deepEqual(await cspViolations(page), ['script-src-attr inline']);
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('tabs: arrow keys, Home and End move between the four kinds of code; a refused clipboard selects the code instead', async () => {
    const { page, context } = await openPage(browser, `${server.url}${SETUP}`);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.waitForFunction(() => document.querySelector('#code-classic')?.value.includes('integrity="sha384-'));
    await page.focus('#tab-html');
    const selected = () => page.evaluate(() => [document.activeElement.id, document.querySelector('[role=tabpanel]:not([hidden])').id]);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await selected(), ['tab-classic', 'panel-classic']);
    assert.equal(await page.getAttribute('#tab-classic', 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('#tab-html', 'tabindex'), '-1');
    await page.keyboard.press('End');
    assert.deepEqual(await selected(), ['tab-vue', 'panel-vue']);
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await selected(), ['tab-html', 'panel-html']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    assert.match(
      await page.inputValue('#code-classic'),
      new RegExp(`\\n<script src="${CDN.replace(/[.]/g, '\\.')}treatment-compare\\.iife\\.js"`),
    );
    await page.click('#copy-classic');
    await page.waitForFunction(() => /press Ctrl\+C/.test(document.querySelector('#status-classic').textContent));
    const selection = await page.evaluate(() => {
      const box = document.activeElement;
      return [box.id, box.selectionStart, box.selectionEnd, box.value.length];
    });
    assert.deepEqual(selection, ['code-classic', 0, selection[3], selection[3]]);
    await context.close();
  });

  it('axe finds nothing on the setup page (with problems shown) nor on the API reference, which lists what custom-elements.json does', async () => {
    const { page, context } = await openSetup();
    await page.fill('#clinic-name', 'Lakeside Pain Clinic');
    await page.check('input[name=provides][value=tms]');
    await page.fill('#contact-url', 'lakeside.example');
    await page.click('details.facts:first-of-type summary');
    await page.waitForSelector('#contact-url[aria-invalid="true"]');
    await settled(page);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();

    const api = await openPage(browser, `${server.url}/dist-site/demo/api.html`);
    await api.page.waitForSelector('#api table');
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'treatment-compare');
    const attributes = await api.page.$$eval('#api-0 + .table-wrap tbody th', (cells) => cells.map((c) => c.textContent));
    assert.deepEqual(
      attributes,
      element.attributes.map((a) => a.name),
    );
    // Every attribute the setup page writes is one the element has.
    for (const name of ['lang', 'mode', 'condition', 'options', 'weights', 'persist']) assert.ok(attributes.includes(name), name);
    // The source comments' backticks are shown as code, not as backticks.
    assert.equal((await api.page.textContent('#api')).includes('`'), false, 'no backtick shown');
    assert.ok((await api.page.$$('#api td code')).length > 10, 'names in descriptions are code');
    assert.deepEqual(await axeViolations(api.page), []);
    assert.deepEqual(await cspViolations(api.page), []);
    await api.context.close();
  });

  it('works at 320 px: one column, no horizontal scroll', async () => {
    const { page, context } = await openSetup({ width: 320, height: 700 });
    await page.fill('#contact-url', 'lakeside.example');
    await page.click('details.facts:first-of-type summary');
    await settled(page);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      formRight: document.querySelector('#setup-form').getBoundingClientRect().right,
      previewLeft: document.querySelector('#preview').getBoundingClientRect().left,
    }));
    console.log(`# at 320 px: page ${widths.scroll} px wide in a ${widths.client} px window`);
    assert.ok(widths.scroll <= widths.client, `no horizontal scroll (${widths.scroll} > ${widths.client})`);
    assert.ok(widths.previewLeft < widths.formRight, 'the preview is under the form, not beside it');
    await context.close();
  });
});

/**
 * Puts the copied code on a fresh page with the strict CSP (the CDN's origin added to script-src,
 * as the README says), serving dist/cdn/ at the CDN address; `tamper` changes the script served.
 */
async function runSnippet(path, code, tamper = {}) {
  // As the setup page says: the CDN's origin, and the hash of the code's import map.
  const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(code)?.[1];
  const mapHash = importMap === undefined ? '' : ` 'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
  routes[path] = {
    body: html(`<main><h1>Lakeside Pain Clinic</h1>${code}</main>`),
    headers: { 'content-security-policy': STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${new URL(CDN).origin}${mapHash}`) },
  };
  const { page, context, problems } = await openPage(browser, `${server.url}${path}`, {
    setup: (ctx) =>
      ctx.route(`${CDN}**`, (route) => {
        const file = new URL(route.request().url()).pathname.split('/').pop();
        const body = readFileSync(`dist/cdn/${file}`, 'utf8') + (tamper[file] ?? '');
        return route.fulfill({ body, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' } });
      }),
  });
  const defined = await page
    .waitForFunction(() => customElements.get('treatment-compare') !== undefined, null, {
      timeout: tamper['treatment-compare.js'] ? 2000 : 10000,
    })
    .then(() => true)
    .catch(() => false);
  if (!defined) {
    await context.close();
    return { defined };
  }
  await settled(page);
  await page.waitForFunction(() => document.querySelector('treatment-compare').shadowRoot.textContent.includes('Lakeside Pain Clinic'));
  const result = await page.evaluate(() => {
    const el = document.querySelector('treatment-compare');
    const sliders = window.__tc.deepAll(el, 'input[type=range]');
    const contact = window.__tc.deepAll(el, '[part~="clinic-contact"]')[0];
    return {
      state: { condition: el.condition, options: el.getAttribute('options'), cost: sliders[2]?.value },
      text: window.__tc.deepText(el),
      contact: contact?.href ?? contact?.querySelector('a')?.href,
      csp: window.__csp,
    };
  });
  await context.close();
  return { defined, ...result, pageErrors: problems.pageErrors, consoleErrors: problems.consoleErrors };
}
