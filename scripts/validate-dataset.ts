/** Validates dataset JSON files: `tsx scripts/validate-dataset.ts data/chronic-pain.json`. */
import { readFileSync } from 'node:fs';
import { parseDatasetJson } from '../src/model/dataset.js';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = parseDatasetJson(readFileSync(file, 'utf8'));
  if (result.ok) console.log(`${file}: valid`);
  else {
    failed = true;
    console.log(`${file}: ${result.errors.length} problem(s)`);
    for (const error of result.errors) console.log(`  ${error}`);
  }
}
process.exit(failed ? 1 : 0);
