import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const bySource = new Map();
let prev = null;
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const chunks = new Map();
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i]; const n = mappings[i + 1];
  const line = lines[m.generatedLine - 1];
  const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : line.length;
  const text = line.slice(m.generatedColumn, end);
  let src = m.source || '(none)';
  src = src.replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/').replace(/.*\/data\//, 'data/');
  chunks.set(src, (chunks.get(src) ?? '') + text);
}
const rows = [...chunks].map(([s, t]) => [s, t.length, gzipSync(t).length]).sort((a, b) => b[1] - a[1]);
let total = 0; for (const r of rows) total += r[1];
for (const r of rows) console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]);
console.log('total', total, 'file', code.length);
