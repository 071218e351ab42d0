/**
 * `npm run build`: the files named in the public contract.
 * - dist/treatment-compare.js: ES module for npm users; dependencies (lit, d3-*, valibot) stay imports.
 * - dist/cdn/treatment-compare.js: one self-contained, minified ES module with the default dataset
 *   (its brief part: what the first view shows).
 * - dist/cdn/treatment-compare.en-depth.js and .es-depth.js: the built-in dataset's depth (cells'
 *   `detail` and `outcomes`), which both CDN files load from next to themselves after the first render.
 * - dist/cdn/treatment-compare.iife.js: the same for a classic <script>.
 * - dist/cdn/treatment-compare.es.js and .es-data.js: Spanish messages and built-in dataset, which
 *   both CDN files load from next to themselves only on a page that shows Spanish.
 * - dist/cdn/treatment-compare.counselor.js: counselor mode's layout and styles, which both CDN files
 *   load from next to themselves only for a widget in counselor mode.
 * - dist/cdn/treatment-compare.all.js and .all.iife.js: every language inside one file, for pages
 *   that want a single file to pin or host.
 * - dist/cdn/integrity.json: the Subresource Integrity hash of each CDN file.
 * - dist/cli.js: the `treatment-compare validate` command; dist/model.js: the decision model alone.
 * - dist/types/ (declarations, JSX and Vue element types) and custom-elements.json.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
const entry = 'src/index.ts';

rmSync('dist', { recursive: true, force: true });

/**
 * The comments inside Lit's css`` literals say why a rule is there, for whoever reads the source.
 * The minifier leaves template literals alone, so they would ship to every page (about 2.6 kB
 * gzip in the CDN file); they are taken out here, each replaced by its line breaks so lines keep
 * their numbers. No stylesheet here has "/*" inside a quoted string.
 */
const cssComments = {
  name: 'treatment-compare-css-comments',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const stripped = code.replace(/\bcss`[^`]*`/g, (literal) =>
      literal.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')),
    );
    return stripped === code ? null : { code: stripped, map: null };
  },
};

const common = { configFile: false, logLevel: 'warn', publicDir: false, plugins: [cssComments] };

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    // model.js: the pure decision model (no DOM) for Node tools and custom front ends.
    lib: { entry: { 'treatment-compare': entry, model: 'src/model/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    // The default dataset becomes its own chunk, loaded only when a page uses it.
    rollupOptions: {
      external: isDependency,
      // JSDoc lives in the .d.ts files; pure annotations stay for the user's bundler.
      // The Trusted Types guard is a chunk of its own, so the entry imports it before Lit (see src/trusted-types-guard.ts).
      output: {
        chunkFileNames: '[name]-[hash].js',
        comments: { legal: true, annotation: true, jsdoc: false },
        codeSplitting: { groups: [{ name: 'trusted-types-guard', test: /trusted-types-guard/ }] },
      },
    },
  },
});

/**
 * The CDN files take another module for src/lazy.ts: `lazy.cdn.ts` (English inside, other
 * languages next to the script) or `lazy.all.ts` (every language inside).
 */
const lazyAs = (variant) => ({
  name: `treatment-compare-lazy-${variant}`,
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || !/(^|\/)lazy\.js$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id.endsWith('/src/lazy.ts') ? resolved.id.replace(/lazy\.ts$/, `lazy.${variant}.ts`) : null;
  },
});

/** Minified, self-contained, production Lit: what clinic pages load. */
const cdnBuild = (lib, define = {}, variant = 'cdn', plugins = []) =>
  build({
    ...common,
    plugins: [cssComments, lazyAs(variant), ...plugins],
    // Lit's dev-mode warnings are for developers, not clinic pages.
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    resolve: { conditions: ['production'] },
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      rollupOptions: { output: { minify: true, codeSplitting: false } },
      lib: { name: 'TreatmentCompare', ...lib },
    },
  });

for (const format of ['es', 'iife']) {
  const classic = { __TC_CLASSIC_SCRIPT__: String(format === 'iife') };
  const suffix = format === 'es' ? '.js' : '.iife.js';
  await cdnBuild({ entry, formats: [format], fileName: () => `treatment-compare${suffix}` }, classic);
  await cdnBuild({ entry, formats: [format], fileName: () => `treatment-compare.all${suffix}` }, classic, 'all');
}
// What a page showing Spanish loads next to the script (ES modules, loaded with import() by both files),
// and each language's depth, loaded after the first render.
for (const [name, file] of [
  ['treatment-compare.en-depth', 'data/locales/chronic-pain.en.depth.json'],
  ['treatment-compare.es-depth', 'data/locales/chronic-pain.es.depth.json'],
  ['treatment-compare.es', 'src/i18n/es.ts'],
  ['treatment-compare.es-data', 'data/locales/chronic-pain.es.json'],
  // Valibot and the schema: loaded only by a page that gives its own dataset or a clinic configuration.
  ['treatment-compare.validate', 'src/model/validate.ts'],
]) {
  await cdnBuild({ entry: file, formats: ['es'], fileName: () => `${name}.js` });
}
/**
 * Counselor mode's layout and styles: loaded only for a widget in counselor mode. It takes Lit from
 * the CDN script that loads it, never a copy of its own (src/shared-lit.ts says why); the build
 * fails if a copy slips in.
 */
const sharedLitModule = fileURLToPath(new URL('../src/shared-lit.counselor.ts', import.meta.url));
const litFromScript = {
  name: 'treatment-compare-lit-from-script',
  enforce: 'pre',
  resolveId: (source) => (source === 'lit' || source === 'lit/directives/live.js' ? sharedLitModule : null),
};
await cdnBuild(
  {
    entry: 'src/components/treatment-compare/treatment-compare.counselor-mode.ts',
    formats: ['es'],
    fileName: () => 'treatment-compare.counselor.js',
  },
  {},
  'cdn',
  [litFromScript],
);
if (/createPolicy|lit-html/.test(readFileSync('dist/cdn/treatment-compare.counselor.js', 'utf8'))) {
  throw new Error(
    'dist/cdn/treatment-compare.counselor.js carries a copy of Lit: import Lit only as `lit` or `lit/directives/live.js` there.',
  );
}
// Subresource Integrity hashes of the CDN files, for pages that pin them (see the README).
const integrity = Object.fromEntries(
  readdirSync('dist/cdn')
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => [
      file,
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/cdn/${file}`))
        .digest('base64')}`,
    ]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

// The validate command for clinics (`npx treatment-compare validate`): Node, everything bundled.
await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    ssr: 'src/cli-main.ts',
    rollupOptions: { output: { entryFileNames: 'cli.js' } },
  },
  ssr: { noExternal: true },
});

// Type declarations, then custom-elements.json and the JSX/Vue types generated from it.
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
};
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
// The generators import each element's event detail types once per element, so a type fired by two
// elements (stage-change: the stage step, and the root it bubbles through) is named twice: keep one.
for (const file of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']) {
  const text = readFileSync(file, 'utf8');
  const deduped = text.replace(
    /import type \{([^}]*)\} from/g,
    (_all, names) =>
      `import type {${[
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ]
        .map((n) => `\n  ${n}`)
        .join(',')},\n} from`,
  );
  writeFileSync(file, deduped);
}

// The WordPress plugin, with the CDN files inside it (dist/wordpress/treatment-compare.zip).
await buildWordPressPlugin();

console.log(
  'built dist/types, custom-elements.json, dist/model.js, dist/cli.js, dist/treatment-compare.js and dist/cdn/ (treatment-compare.js, .iife.js, the depth files, the Spanish files, the counselor file, .all.js, .all.iife.js, integrity.json)',
);
