/**
 * The printout (#12): "Print" gives one page to take home, in patient and counselor mode, English
 * and Spanish, Letter and A4, with a 500-character note, priorities set, a stage, SURE answers and
 * an option set aside; and no verdict when no one set priorities. "Print with the evidence" adds
 * the grid and the sources after it. Counted with Chromium's own PDF output on the built bundle;
 * each test prints its page counts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { html, launch, settled, startServer, STRICT_CSP } from './support.mjs';

const SCRIPT = '<script type="module" src="/dist/cdn/treatment-compare.js"></script>';
const page = (attrs, lang) =>
  html(`<main><h1>Options for chronic pain</h1><treatment-compare ${attrs}></treatment-compare></main>${SCRIPT}`, { lang });
const headers = { 'content-security-policy': STRICT_CSP };
const NOTE = 'I want to ask about the cost and the travel to the clinic, and whether I can keep working. '.repeat(6).slice(0, 500);

let browser;
let server;
before(async () => {
  browser = await launch();
  const routes = {};
  for (const lang of ['en', 'es'])
    for (const mode of ['patient', 'counselor']) {
      routes[`/${mode}-${lang}.html`] = {
        body: page(`mode="${mode}" lang="${lang}" weights="effectiveness:9,cost:7,side-effects:6"`, lang),
        headers,
      };
      routes[`/${mode}-${lang}-unset.html`] = { body: page(`mode="${mode}" lang="${lang}"`, lang), headers };
    }
  server = await startServer(routes);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages in a PDF: its page objects (not the /Pages tree nodes). */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Fills what a person would: a stage, every SURE answer, one option set aside, and the long note. */
async function fillJourney(p) {
  await p.evaluate(async (note) => {
    const root = document.querySelector('treatment-compare');
    const inPart = (tag, selector) => window.__tc.deepAll(window.__tc.deepAll(root, tag)[0], selector);
    inPart('tc-decision-stage', 'input[type="radio"]')[0]?.click();
    const sure = inPart('tc-sure-check', 'input[type="radio"]');
    for (const radio of sure.filter((r, i) => i % 2 === 0)) radio.click();
    inPart('tc-deal-breakers', 'input[type="checkbox"]')[4]?.click();
    const notes = inPart('tc-your-plan', 'textarea')[0];
    notes.value = note;
    notes.dispatchEvent(new Event('input', { bubbles: true }));
    await window.__tc.settle(root);
  }, NOTE);
}

async function printPages(path, { withEvidence = false, fill = true } = {}) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.goto(`${server.url}${path}`);
  await settled(p);
  if (fill) await fillJourney(p);
  if (withEvidence) {
    // What "Print with the evidence" does before it calls print(): render the evidence pages.
    await p.evaluate(async () => {
      window.print = () => {};
      const root = document.querySelector('treatment-compare');
      window.__tc.deepAll(root, 'button.print-evidence')[0].click();
    });
  }
  await p.emulateMedia({ media: 'print' });
  const summary = await p.evaluate(() =>
    window.__tc.deepText(window.__tc.deepAll(document.querySelector('treatment-compare'), '[part~="summary"]')[0]),
  );
  const counts = {};
  // Printing ends "with the evidence" (afterprint), so that case is printed once, on Letter.
  for (const format of withEvidence ? ['Letter'] : ['Letter', 'A4'])
    counts[format] = pageCount(await p.pdf({ format, printBackground: false }));
  await context.close();
  return { counts, summary };
}

describe('print: one page to take home', () => {
  for (const mode of ['patient', 'counselor'])
    for (const lang of ['en', 'es'])
      it(`${mode}, ${lang}: one page on Letter and on A4, note of 500 characters included`, async () => {
        const { counts, summary } = await printPages(`/${mode}-${lang}.html`);
        console.log(`  ${mode} ${lang}: Letter ${counts.Letter} page(s), A4 ${counts.A4} page(s)`);
        assert.ok(summary.includes(NOTE.slice(0, 60)), 'the note is printed');
        assert.equal(counts.Letter, 1);
        assert.equal(counts.A4, 1);
      });

  it('names no option when no one set priorities', async () => {
    const { counts, summary } = await printPages('/patient-en-unset.html', { fill: false });
    console.log(`  patient en, priorities not set: Letter ${counts.Letter} page(s), A4 ${counts.A4} page(s)`);
    assert.match(summary, /No priorities were set/);
    assert.doesNotMatch(summary, /lines up most closely|\d+ of 100/);
    assert.equal(counts.Letter, 1);
  });

  it('"Print with the evidence" adds the grid and the sources on the pages after', async () => {
    const { counts, summary } = await printPages('/patient-en.html', { withEvidence: true });
    console.log(`  patient en with the evidence: Letter ${counts.Letter} page(s)`);
    assert.ok(counts.Letter > 1);
    assert.match(summary, /The options side by side/);
  });
});
