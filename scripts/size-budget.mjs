/**
 * Prints the gzip size of each built file and fails when one is over budget.
 * The CDN files carry Lit, the d3 functions used, Valibot and the default dataset. The npm module
 * leaves its dependencies as imports; its size counts the chunks it imports statically (the shared
 * model), not the default dataset, which it loads only when a page uses it (printed apart).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGETS = [
  { file: 'dist/cdn/treatment-compare.js', budget: 35 * KB, aim: 30 * KB },
  { file: 'dist/cdn/treatment-compare.iife.js', budget: 35 * KB, aim: 30 * KB },
  { file: 'dist/treatment-compare.js', budget: 20 * KB, withStaticImports: true },
];

/** The file and the relative chunks it imports statically (not `import()`), each once. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.[^"']+)["']/g)].map((m) => join(dirname(file), m[1]));
  return [file, ...imports.flatMap((next) => withStaticImports(next, seen))];
}

let over = false;
for (const { file, budget, aim, withStaticImports: follow } of BUDGETS) {
  const files = follow ? withStaticImports(file) : [file];
  const raw = Buffer.concat(files.map((f) => readFileSync(f)));
  const gzip = gzipSync(raw, { level: 9 }).length;
  const status = gzip > budget ? 'OVER BUDGET' : aim && gzip > aim ? 'within budget, above the aim' : 'within budget';
  if (gzip > budget) over = true;
  const parts = files.length > 1 ? ` [${files.map((f) => f.replace('dist/', '')).join(' + ')}]` : '';
  console.log(`${file.padEnd(36)} ${(gzip / KB).toFixed(1).padStart(5)} kB gzip (${(raw.length / KB).toFixed(1)} kB raw) / budget ${budget / KB} kB${aim ? `, aim ${aim / KB} kB` : ''}: ${status}${parts}`);
}
const dataChunk = readFileSync('dist/treatment-compare.js', 'utf8').match(/import\(["']\.\/(chronic-pain[^"']+)["']\)/)?.[1];
if (dataChunk) console.log(`dist/${dataChunk} (default dataset, loaded on use): ${(gzipSync(readFileSync(join('dist', dataChunk)), { level: 9 }).length / KB).toFixed(1)} kB gzip`);
process.exit(over ? 1 : 0);
