import { minify } from 'vite';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const files = process.argv.slice(2);
let all = '';
for (const f of files) { const r = await minify(f, readFileSync(f, 'utf8'), { compress: true, mangle: true }); all += r.code; console.log(f, readFileSync(f).length, r.code.length); }
console.log('gzip', gzipSync(all, { level: 9 }).length);
