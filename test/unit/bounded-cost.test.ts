/**
 * Bounded cost: files up to the size cap built from the worst shapes we know (huge lists of empty
 * objects, deep nesting, huge key counts, long strings, many citations, as many problems as the
 * caps allow) are refused within a small time and with heap growth near the file's own size.
 * Prints each figure; the assertions are generous bounds (the old code took 50-100 s and 3.3 GB
 * on the first one), not tight timings.
 */
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_DATASET_CHARS, parseDatasetJson, validateDataset } from '../../src/model/index.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const baseText = readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8');
const base = () => JSON.parse(baseText);

/** Fills `fill(n)` with the largest n that keeps the text within the cap. */
function largest(build: (n: number) => string): string {
  let low = 1;
  let high = MAX_DATASET_CHARS;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (build(mid).length <= MAX_DATASET_CHARS) low = mid;
    else high = mid - 1;
  }
  return build(low);
}

const withBase = (key: string, json: string) => {
  const data = base();
  data[key] = '@@';
  return JSON.stringify(data).replace('"@@"', json);
};

const SHAPES: Record<string, () => string> = {
  'citations: empty objects (the issue)': () => largest((n) => withBase('citations', `[${Array(n).fill('{}').join(',')}]`)),
  'a top-level list of empty objects': () => largest((n) => `[${Array(n).fill('{}').join(',')}]`),
  'a list of numbers': () => largest((n) => `[${Array(n).fill('0').join(',')}]`),
  'nesting one million deep': () => largest((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  'nesting just inside the depth limit, wide': () =>
    largest((n) => withBase('extra', `[${Array(n).fill('[[[[[[[[[[[[0]]]]]]]]]]]]').join(',')}]`)),
  'an object with 100,000s of keys': () =>
    largest((n) => withBase('extra', `{${Array.from({ length: n }, (_, i) => `"k${i}":0`).join(',')}}`)),
  'one long string as the title': () => {
    const data = base();
    data.meta.title = 'T'.repeat(MAX_DATASET_CHARS - baseText.length - 100);
    return JSON.stringify(data);
  },
  'text maps with 50 bad entries in every cell': () => {
    // The caps allow 20 x 20 cells per set; each summary a map of 50 entries (the most an object may have), all wrong (key and value).
    const cell = `{"summary":{${Array.from({ length: 50 }, (_, i) => `"X${i}":${i}`).join(',')}},"score":9,"certainty":"?","citations":[1]}`;
    const cells = (rows: number) =>
      `{${Array.from({ length: rows }, (_, o) => `"o${o}":{${Array.from({ length: 20 }, (_, c) => `"c${c}":${cell}`).join(',')}}`).join(',')}}`;
    return largest((rows) => withBase('cells', cells(Math.min(rows, 20))));
  },
  'as many values as allowed, every one a problem': () => {
    const data = base();
    data.citations = Array.from({ length: 300 }, () => ({ id: 5, authors: 5, year: 'x', title: 5, source: 5, url: 5, doi: 5 }));
    data.options = Array.from({ length: 20 }, () => ({ id: 5, label: 5, description: 5 }));
    data.criteria = Array.from({ length: 20 }, () => ({ id: 5, label: 5, question: 5 }));
    return JSON.stringify(data);
  },
  '300 citations with the longest titles': () => {
    const data = base();
    data.citations = Array.from({ length: 300 }, (_, i) => ({
      id: `c${i}`,
      authors: 'A',
      year: 2020,
      title: 'T'.repeat(5000),
      source: 'S',
      url: 'https://example.org/',
    }));
    return JSON.stringify(data);
  },
};

describe('the cost of refusing a file stays small whatever its shape', () => {
  for (const [name, build] of Object.entries(SHAPES)) {
    it(
      name,
      () => {
        const text = build();
        expect(text.length).toBeLessThanOrEqual(MAX_DATASET_CHARS);
        gc();
        const before = process.memoryUsage().heapUsed;
        const heapBefore = v8.getHeapStatistics().total_heap_size;
        let start = performance.now();
        const fromText = parseDatasetJson(text);
        const textMs = performance.now() - start;
        const grew = process.memoryUsage().heapUsed - before;
        const heapGrew = v8.getHeapStatistics().total_heap_size - heapBefore;

        // The same file as a value (a `dataset` property set by code), when it parses at all.
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          value = undefined; // deeper than JSON.parse allows
        }
        gc();
        const valueBefore = process.memoryUsage().heapUsed;
        start = performance.now();
        const fromValue = value === undefined ? undefined : validateDataset(value);
        const valueMs = performance.now() - start;
        const valueGrew = process.memoryUsage().heapUsed - valueBefore;

        const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
        console.log(
          `${name.padEnd(48)} ${String(text.length).padStart(9)} chars | from text ${textMs.toFixed(1).padStart(7)} ms, heap +${mb(grew)} (total heap +${mb(heapGrew)})` +
            ` | as a value ${fromValue ? `${valueMs.toFixed(1)} ms, heap +${mb(valueGrew)}` : '(JSON.parse cannot)'} | ${fromText.ok ? 'valid' : fromText.errors[0].slice(0, 70)}`,
        );
        expect(fromText.ok).toBe(false);
        if (fromValue) expect(fromValue.ok).toBe(false);
        expect(textMs).toBeLessThan(3000);
        expect(valueMs).toBeLessThan(3000);
        // The text itself is up to 4 MB in memory (two bytes a character); allow a few times that.
        expect(grew).toBeLessThan(64e6);
        expect(valueGrew).toBeLessThan(64e6);
      },
      60_000,
    );
  }
});
