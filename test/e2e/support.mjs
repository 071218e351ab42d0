/**
 * Shared pieces of the end-to-end tests: Debian's Chromium through playwright-core, the static
 * server over the built files, deep queries through shadow roots, and axe.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { browserPath, CHROMIUM_ARGS } from '../../scripts/browser.mjs';
import { startServer } from '../../scripts/static-server.mjs';

export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

export async function launch() {
  return chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
}

export { startServer };

/**
 * A page in its own context (axe needs one) that records errors and CSP violations; `setup(context)`
 * runs before the page opens (to route requests, say).
 */
export async function openPage(browser, url, { setup } = {}) {
  const context = await browser.newContext();
  await setup?.(context);
  const page = await context.newPage();
  const problems = { pageErrors: [], consoleErrors: [], cspViolations: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, problems };
}

export function cspViolations(page) {
  return page.evaluate(() => window.__csp);
}

/** Page-side helpers, installed once per page: deep queries and waiting for Lit to settle. */
const HELPERS = `(() => {
  if (window.__tc) return;
  const deepAll = (node, selector, out = []) => {
    const root = node.shadowRoot ?? node;
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el);
      if (el.shadowRoot) deepAll(el, selector, out);
    }
    return out;
  };
  const deepText = (node) => {
    let text = '';
    const walk = (n) => {
      if (n.nodeType === 3) text += n.textContent + ' ';
      for (const child of n.shadowRoot ? [...n.shadowRoot.childNodes, ...n.childNodes] : n.childNodes) walk(child);
    };
    walk(node);
    return text.replace(/\\s+/g, ' ');
  };
  const settle = async (node) => {
    const seen = new Set();
    const walk = async (el) => {
      if (seen.has(el)) return;
      seen.add(el);
      if (el.updateComplete) await el.updateComplete;
      if (el.shadowRoot) for (const child of el.shadowRoot.querySelectorAll('*')) await walk(child);
    };
    await walk(node);
  };
  window.__tc = { deepAll, deepText, settle };
})()`;

export async function installHelpers(page) {
  await page.evaluate(HELPERS);
}

/** Waits for every <treatment-compare> to be defined and rendered. */
export async function settled(page) {
  await page.waitForFunction(() => customElements.get('treatment-compare') !== undefined);
  await installHelpers(page);
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('treatment-compare')) await window.__tc.settle(el);
  });
}

/**
 * Axe's violations on the page, or only inside `include` (a CSS selector). Axe takes seconds a
 * page, so the tests run it once per distinct screen, not on every page they open.
 */
export async function axeViolations(page, { include } = {}) {
  // Details of passed and incomplete checks are not read, and skipping them makes axe faster.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
}

export function html(body, { title = 'treatment-compare test', head = '', lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}
