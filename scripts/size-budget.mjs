/**
 * `npm run size` (also run by `npm test` after the build): prints the gzip size of what each kind
 * of page downloads and fails when one grows past its ceiling.
 *
 * - The CDN files carry Lit, the d3 function used and the brief part of the built-in dataset in
 *   English (what the first view shows). A page showing Spanish also loads the Spanish messages
 *   and dataset from next to the script. The dataset's depth (cells' `detail` and `outcomes`) loads
 *   after the first render, from next to the script too, and is printed apart.
 * - The npm module is measured as a user's bundler would ship it: each file of its static import
 *   graph minified (lit, d3-array and valibot are the user's imports, not counted); the built-in
 *   dataset chunks load only when a page uses them (the depth after the first render), and counselor
 *   mode's layout only for a widget in counselor mode: they are printed apart.
 *
 * Targets: issue #10 asks for at most 50 kB for the English CDN module (issue #4's 35 kB predates the
 * journey, counselor mode and Spanish); issue #4's 20 kB for the npm module stands. Neither is met:
 * each line says by how much. Issue #10 took Valibot and the schema out of the CDN file (they load
 * only for a page's own data) and the code went down by about 3 kB, while the evidence review (#13)
 * added about 4 kB of cited text to the built-in dataset, now about 19 kB of the 57.6. The ceilings
 * are the sizes measured then plus about 2%, so that growth fails the build; a change that must
 * grow past one raises it in the same commit and says why. The next step down is loading the
 * evidence details and sources (about 10 kB) when a person opens them (issue #11's layers).
 *
 * Issue #11 raised them: the first view's short answers, short names and one-line descriptions
 * (58 cells and 5 options, English and Spanish: about 1.1 kB per language) and the layered grid,
 * the waiting state, the compact result and the one-page print (about 2.8 kB of code): CDN 61.5,
 * Spanish 27.9, all-in-one 89.7, npm 40.7 kB, each ceiling about 2% above.
 *
 * The depth split (issue #11's layers) lowered them: the built-in dataset's cell details and
 * outcomes (English 8.2 kB, Spanish 9.0 kB as files of their own) load after the first render,
 * so the English CDN file went from 61.5 to 55.4 kB and a Spanish page's first download from 27.9
 * to 20.3 kB; their ceilings are now those sizes plus about 2% (56.5 and 20.7 kB), and the depth
 * files have ceilings of their own. The split costs about 2 kB over the whole English download
 * (two gzip streams instead of one) and the merging and idle-time loading added about 0.5 kB of
 * code (npm 41.3, all-in-one 90.2 kB: still within their ceilings, which stay).
 *
 * Then raised again, with the rest of #11 and #12 merged: thumb-sized sliders with their swipe
 * guard, the plan's suggested questions, the one closed About, host-page hardening (about 1.5 kB),
 * and counselor mode's one screen (compact grid with popovers, chips, start again with undo;
 * about 5.5 kB): CDN 62.7, Spanish 20.8, all-in-one 98.0, npm 48.8 kB, each ceiling about 2% above.
 * Counselor mode is code every patient page downloads and never runs: loading it only for
 * mode="counselor" needs Lit in a file of its own next to the script (the CDN file is one
 * self-contained file today), which is the next step toward the 50 kB target.
 *
 * Raised once more by #14's last items, which are safety, not features: every piece of dataset or
 * clinic text inside a sentence isolated for right-to-left text (marked in the catalogs, rendered in
 * <bdi>), the Trusted Types guard, and the render queue that lets fifty widgets take turns (about
 * 1.2 kB together): CDN 63.9, all-in-one 99.3, npm 50.0 kB; their ceilings about 2% above.
 *
 * Lowered after that: the build stopped shipping the comments inside Lit's css`` literals (about
 * 2.6 kB of the CDN file before gzip; the minifier leaves template literals alone), which paid for
 * the root element's controllers (about 0.6 kB) and each dataset text's language where it differs
 * from the page's (WCAG 3.1.2, about 0.5 kB): CDN 62.7, all-in-one 98.1, npm 49.0 kB, and the
 * ceilings about 2% above them again (64, 100, 50), so the saving is kept.
 *
 * Lowered again: counselor mode's layout, styles, screen controller and compact grid load only for
 * a widget in counselor mode (`treatment-compare.counselor.js` next to the CDN script, 7.9 kB: it
 * uses the script's own Lit, see src/shared-lit.ts; the parts it shares with patient mode are
 * rendered by the root, so it carries none of them): CDN module 62.9 -> 58.4 kB, classic 62.8 ->
 * 58.4, npm 49.1 -> 44.8 (counselor mode is a chunk of its own). The all-in-one file carries it
 * still, plus the loading and adopting code: 98.3 -> 99.4. The ceilings are those figures plus
 * about 1 kB (59.4, 59.4, 45.8; the all-in-one's 100 stays), and the counselor file has its own (8.9).
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
const lazyChunks = readdirSync('dist').filter((f) => /^(chronic-pain\.|es-|treatment-compare\.counselor-mode-).*\.js$/.test(f));

const CHECKS = [
  { label: 'CDN module, English page', files: ['dist/cdn/treatment-compare.js'], size: together, ceiling: 59.4, target: 50 },
  { label: 'CDN classic script, English page', files: ['dist/cdn/treatment-compare.iife.js'], size: together, ceiling: 59.4, target: 50 },
  {
    label: 'CDN, loaded after the first render (English)',
    files: ['dist/cdn/treatment-compare.en-depth.js'],
    size: together,
    ceiling: 8.5,
  },
  {
    label: 'CDN, added on a Spanish page',
    files: ['dist/cdn/treatment-compare.es.js', 'dist/cdn/treatment-compare.es-data.js'],
    size: apart,
    ceiling: 21.3,
  },
  {
    label: 'CDN, loaded after the first render (Spanish)',
    files: ['dist/cdn/treatment-compare.es-depth.js'],
    size: together,
    ceiling: 9.3,
  },
  {
    label: 'CDN, added when the page gives its own data',
    files: ['dist/cdn/treatment-compare.validate.js'],
    size: together,
    ceiling: 8,
  },
  {
    label: 'CDN, added for a widget in counselor mode',
    files: ['dist/cdn/treatment-compare.counselor.js'],
    size: together,
    ceiling: 8.9,
  },
  {
    label: 'CDN all-in-one module (every language)',
    files: ['dist/cdn/treatment-compare.all.js'],
    size: together,
    ceiling: 100,
  },
  { label: 'CDN all-in-one classic script', files: ['dist/cdn/treatment-compare.all.iife.js'], size: together, ceiling: 100 },
  { label: 'npm module, minified, without its dependencies', files: npmFiles, size: minified, ceiling: 45.8, target: 20 },
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
        ? `; target ${target} kB not met (+${(kb - target).toFixed(1)} kB)`
        : `; target ${target} kB met`;
  console.log(
    `${label.padEnd(48)} ${kb.toFixed(1).padStart(5)} kB gzip: ${verdict}${goal}  [${files.map((f) => f.replace(/^dist\//, '')).join(' + ')}]`,
  );
}
for (const chunk of lazyChunks)
  console.log(
    `${`npm chunk loaded ${chunk.includes('.depth-') ? 'after the first render' : 'on use'}: ${chunk}`.padEnd(48)} ${(gzip(readFileSync(join('dist', chunk))) / KB).toFixed(1).padStart(5)} kB gzip`,
  );
process.exit(over ? 1 : 0);
