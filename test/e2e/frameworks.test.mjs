/** React 19 and Vue 3 pages built against the npm module (dist/treatment-compare.js): attributes, properties, events. */
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { axeViolations, html, launch, openPage, settled, startServer } from './support.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist-e2e', import.meta.url));

/**
 * Builds a framework app against the built module, unless the bundle is newer than everything it
 * is made of (the module, the app, the lockfile): `npm test` builds dist/ first, so each run
 * rebuilds, while running the e2e tests again on the same build reuses the bundles.
 */
async function bundle(name) {
  const output = `${outDir}/${name}.js`;
  const inputs = [
    `${root}dist/treatment-compare.js`,
    `${root}test/e2e/apps/${name}.js`,
    `${root}test/e2e/apps/small-dataset.js`,
    `${root}package-lock.json`,
  ];
  if (existsSync(output) && inputs.every((file) => existsSync(file) && statSync(file).mtimeMs < statSync(output).mtimeMs)) return;
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { alias: { 'treatment-compare': `${root}dist/treatment-compare.js` } },
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: `test/e2e/apps/${name}.js`, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
}

let browser;
let server;
before(async () => {
  [browser] = await Promise.all([launch(), bundle('react-app').then(() => bundle('vue-app'))]);
  const page = (name) => ({ body: html(`<div id="root"></div><script type="module" src="/dist-e2e/${name}.js"></script>`) });
  server = await startServer({ '/react.html': page('react-app'), '/vue.html': page('vue-app') });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const framework of ['react', 'vue']) {
  describe(`${framework} page`, () => {
    it('passes attributes, sets the dataset property and hears events', async () => {
      const { page, context, problems } = await openPage(browser, `${server.url}/${framework}.html`);
      await page.waitForSelector('treatment-compare');
      await settled(page);
      // Attributes reached the widget.
      const state = await page.evaluate(() => {
        const el = document.querySelector('treatment-compare');
        const sliders = window.__tc.deepAll(el, 'input[type=range]');
        return { condition: el.condition, values: sliders.map((s) => s.value) };
      });
      assert.equal(state.condition, 'migraine');
      assert.deepEqual(state.values, ['5', '3', '8', '5', '5', '5', '5']);
      // The same widget screen in both frameworks: axe once.
      if (framework === 'react') assert.deepEqual(await axeViolations(page), []);

      // A user change fires weights-change once, which the framework hears.
      await page.evaluate(() => {
        const el = document.querySelector('treatment-compare');
        const slider = window.__tc.deepAll(el, 'input[type=range]')[0];
        slider.focus();
      });
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('#changes').textContent === 'weights changes: 1');
      assert.match(await page.textContent('#last'), /"invasiveness":6/);

      // A property set by the framework: the custom dataset replaces the default one.
      await page.click('#use-custom');
      await page.waitForFunction(() =>
        window.__tc.deepText(document.querySelector('treatment-compare')).includes('Framework test comparison'),
      );
      await settled(page);
      const sliders = await page.evaluate(
        () => window.__tc.deepAll(document.querySelector('treatment-compare'), 'input[type=range]').length,
      );
      assert.equal(sliders, 1);
      assert.equal(await page.textContent('#changes'), 'weights changes: 1', 'a property set by code fires no weights-change');
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  });
}
