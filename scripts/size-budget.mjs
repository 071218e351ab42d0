/**
 * Prints the gzip size of each built file and fails when one is over budget.
 * The CDN files carry Lit, the d3 functions used, Valibot and the default dataset; the npm module
 * leaves its dependencies as imports, so its budget is for our own code and the dataset.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1000;
const BUDGETS = [
  { file: 'dist/cdn/treatment-compare.js', budget: 35 * KB, aim: 30 * KB },
  { file: 'dist/cdn/treatment-compare.iife.js', budget: 35 * KB, aim: 30 * KB },
  { file: 'dist/treatment-compare.js', budget: 20 * KB },
];

let over = false;
for (const { file, budget, aim } of BUDGETS) {
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const status = gzip > budget ? 'OVER BUDGET' : aim && gzip > aim ? 'within budget, above the aim' : 'within budget';
  if (gzip > budget) over = true;
  console.log(`${file.padEnd(36)} ${(gzip / KB).toFixed(1).padStart(5)} kB gzip (${(raw.length / KB).toFixed(1)} kB raw) / budget ${budget / KB} kB${aim ? `, aim ${aim / KB} kB` : ''}: ${status}`);
}
process.exit(over ? 1 : 0);
