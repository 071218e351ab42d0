/**
 * `npm run size` (also run by `npm test` after the build): prints the gzip size of what each kind
 * of page downloads and fails when one grows past its ceiling.
 *
 * - The CDN files carry Lit, the d3 function used, Valibot and the built-in dataset in English.
 *   A page showing Spanish also loads the Spanish messages and dataset from next to the script.
 * - The npm module is measured as a user's bundler would ship it: each file of its static import
 *   graph minified (lit, d3-array and valibot are the user's imports, not counted); the built-in
 *   dataset chunks load only when a page uses them and are printed apart.
 *
 * Issue #4 asked for at most 35 kB (CDN, aim 30) and 20 kB (npm module). The widget now also
 * carries the decision journey, counselor mode and clinic facts (issues #5 and #4) and a second
 * language (#6), and those targets are not met: each line says by how much. The ceilings below are
 * the sizes measured when Spanish became a separate download, plus about 3%, so that growth fails
 * the build until the targets are decided again. A change that must grow past one raises it in the
 * same commit and says why (outcome ranges and the `src` size limit took the npm module to 34).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'vite';

const KB = 1000;
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The file and the relative chunks it imports statically (not `import()`), each once. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.[^"']+)["']/g)].map((m) =>
    join(dirname(file), m[1]),
  );
  return [file, ...imports.flatMap((next) => withStaticImports(next, seen))];
}

/** Gzip size of files downloaded together (one stream) or apart (one each). */
const together = (files) => gzip(Buffer.concat(files.map((f) => readFileSync(f))));
const apart = (files) => files.reduce((sum, f) => sum + gzip(readFileSync(f)), 0);
const minified = async (files) =>
  gzip((await Promise.all(files.map(async (f) => (await minify(f, readFileSync(f, 'utf8'))).code))).join('\n'));

const npmFiles = withStaticImports('dist/treatment-compare.js');
const lazyChunks = readdirSync('dist').filter((f) => /^(chronic-pain\.|es-).*\.js$/.test(f));

const CHECKS = [
  { label: 'CDN module, English page', files: ['dist/cdn/treatment-compare.js'], size: together, ceiling: 57, target: 35 },
  { label: 'CDN classic script, English page', files: ['dist/cdn/treatment-compare.iife.js'], size: together, ceiling: 57, target: 35 },
  {
    label: 'CDN, added on a Spanish page',
    files: ['dist/cdn/treatment-compare.es.js', 'dist/cdn/treatment-compare.es-data.js'],
    size: apart,
    ceiling: 22.5,
  },
  {
    label: 'CDN all-in-one module (every language)',
    files: ['dist/cdn/treatment-compare.all.js'],
    size: together,
    ceiling: 74,
    target: 35,
  },
  { label: 'CDN all-in-one classic script', files: ['dist/cdn/treatment-compare.all.iife.js'], size: together, ceiling: 74, target: 35 },
  { label: 'npm module, minified, without its dependencies', files: npmFiles, size: minified, ceiling: 34, target: 20 },
];

let over = false;
for (const { label, files, size, ceiling, target } of CHECKS) {
  const bytes = await size(files);
  const kb = bytes / KB;
  if (kb > ceiling) over = true;
  const verdict = kb > ceiling ? `OVER its ceiling of ${ceiling} kB` : `within its ceiling of ${ceiling} kB`;
  const goal =
    target === undefined
      ? ''
      : kb > target
        ? `; issue #4 target ${target} kB not met (+${(kb - target).toFixed(1)} kB)`
        : `; issue #4 target ${target} kB met`;
  console.log(
    `${label.padEnd(48)} ${kb.toFixed(1).padStart(5)} kB gzip: ${verdict}${goal}  [${files.map((f) => f.replace(/^dist\//, '')).join(' + ')}]`,
  );
}
for (const chunk of lazyChunks)
  console.log(
    `${`npm chunk loaded on use: ${chunk}`.padEnd(48)} ${(gzip(readFileSync(join('dist', chunk))) / KB).toFixed(1).padStart(5)} kB gzip`,
  );
process.exit(over ? 1 : 0);
