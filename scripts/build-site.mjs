/**
 * `npm run build:site`: the setup page and the API reference (demo/setup.html, demo/api.html) as
 * static files in dist-site/, for hosting the site or testing it end to end. The widget's own files
 * (dist/, dist/cdn/) are not touched; the pages read dist/cdn/integrity.json and custom-elements.json
 * from the site's root at run time, so run `npm run build` first.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildSite(outDir = 'dist-site') {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    root,
    base: './',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production'] },
    build: {
      outDir,
      emptyOutDir: true,
      // No inline scripts or styles: the pages run under a strict Content-Security-Policy.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: { input: { setup: `${root}demo/setup.html`, api: `${root}demo/api.html` } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSite();
  console.log('built dist-site/demo/setup.html and dist-site/demo/api.html');
}
