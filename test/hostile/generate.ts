/**
 * Writes the committed corpus of hostile and broken inputs (test/hostile/*.json):
 * `npx tsx test/hostile/generate.ts`. Files named `bad-*` must be refused with a clear message;
 * `safe-*` files are valid but full of markup and script, which must render as plain text.
 * The unit tests check the model's answers; the end-to-end tests feed each file to the built widget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const base = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
const copy = () => structuredClone(base);
const write = (name: string, value: unknown) =>
  writeFileSync(`${dir}${name}`, typeof value === 'string' ? value : `${JSON.stringify(value, null, 1)}\n`);

/** Markup and script that must never run; each sets window.__pwned if it does. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:window.__pwned=1">click</a>',
];

/** Every string in the value, replaced with a payload (ids and dates kept so the dataset stays valid). */
function poison(value: any, key = '', index = 0): any {
  if (typeof value === 'string') {
    if (['id', 'published', 'reviewBy', 'url', 'doi', 'certainty', 'checked'].includes(key) || key === 'citations' || key === 'provides')
      return value;
    return `${PAYLOADS[index % PAYLOADS.length]} ${value}`.slice(0, 190);
  }
  if (Array.isArray(value)) return value.map((item, i) => (key === 'citations' || key === 'provides' ? item : poison(item, key, i)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v], i) => [k, poison(v, k, i)]));
  return value;
}

write('bad-malformed.json', '{"meta": {"title": "Broken", ');
write('bad-not-an-object.json', '["a list", "not a dataset"]');
write('bad-nan-literal.json', JSON.stringify(base).replace('"score":4', '"score":NaN'));

let data = copy();
data.cells.tms.cost.score = '5';
data.options[1].label = 42;
data.criteria = 'cost';
write('bad-wrong-types.json', data);

data = copy();
delete data.cells.medication.effectiveness;
delete data.cells['current-care'];
write('bad-missing-cells.json', data);

data = copy();
data.cells.tms.cost.citations = ['no-such-source'];
write('bad-unknown-citation.json', data);

data = copy();
data.cells.tms.effectiveness.summary = 'A'.repeat(100_000);
data.meta.title = 'T'.repeat(100_000);
write('bad-huge-strings.json', data);

data = copy();
data.citations[0].url = 'javascript:window.__pwned=1';
data.citations[1].url = 'data:text/html,<script>window.__pwned=1</script>';
write('bad-links.json', data);

data = copy();
data.cells.tms.cost.score = -3;
data.cells.tms.effectiveness.score = 1e308 * 10; // JSON has no Infinity: this writes null
data.cells.medication.cost.range = [0, 9];
write('bad-numbers.json', data);

data = copy();
data.options = Array.from({ length: 1000 }, (_, i) => ({ id: `option-${i}`, label: `Option ${i}`, description: 'One of very many.' }));
write('bad-thousand-options.json', data);

// Issue #14: ids and keys JavaScript objects inherit or treat specially.
data = copy();
data.criteria[0].id = 'constructor';
for (const option of data.options) data.cells[option.id].constructor = data.cells[option.id][base.criteria[0].id];
write('bad-constructor-criterion.json', data);

data = copy();
data.options[0].id = 'constructor';
data.options[1].id = 'prototype';
write('bad-reserved-option-ids.json', data);

data = copy();
data.citations[0].url = 'https://user:pass@example.org/';
data.citations[1].url = 'https://clinic.example@evil.example/';
data.citations[2].url = 'https:evil.example';
write('bad-link-tricks.json', data);

data = copy();
data.meta.method = 'DEEP';
write('bad-deep-nesting.json', JSON.stringify(data).replace('"DEEP"', `${'['.repeat(5000)}"bottom"${']'.repeat(5000)}`));

write('safe-markup-everywhere.json', poison(copy()));

const clinic = {
  name: 'Lakeside Pain Clinic',
  provides: ['tms'],
  facts: { tms: { price: 'About $300 a session', offeredHere: true } },
  contact: { label: 'Book', url: 'https://lakeside.example/book' },
  checked: '2026-11-01',
};
write('bad-clinic-links.json', { ...clinic, contact: { label: 'Book', url: 'javascript:window.__pwned=1' } });
write('bad-clinic-types.json', { ...clinic, provides: 'tms', checked: 'last week', name: 'N'.repeat(100_000) });
write('safe-clinic-markup.json', poison(clinic));
write('bad-clinic-credentials.json', { ...clinic, contact: { label: 'Book', url: 'https://lakeside.example@evil.example/book' } });
console.log(`wrote the hostile corpus to ${dir}`);
