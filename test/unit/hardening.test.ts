/** Issue #14 "Hardening", the model's half: each case here failed on the code before the fix. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOUNDS,
  computeComparison,
  computeRobustness,
  completeWeights,
  MAX_DRAWS,
  MIN_SAMPLES,
  controlCharacters,
  isHttpUrl,
  parseClinicJson,
  parseDatasetJson,
  resolveView,
  ComparisonError,
  createComparison,
  localiseDataset,
  validateClinic,
  validateDataset,
  type ComparisonView,
  type Dataset,
} from '../../src/model/index.js';
import { generateDataset } from '../support/generate-dataset.js';

const baseText = readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8');
const base = () => JSON.parse(baseText);
const errorsOf = (result: { ok: boolean; errors?: string[] }) => (result.ok ? [] : result.errors!);
const clinic = { name: 'Lakeside Pain Clinic', provides: ['tms'], checked: '2026-11-01' };

describe('1. bounded before validated', () => {
  it('refuses the built-in dataset with 620,000 empty citations (just under the size cap) quickly, from text and as a value', () => {
    const data = base();
    data.citations = Array.from({ length: 620_000 }, () => ({})); // as in the issue (640,000), less the text the dataset has gained since, so it stays under the cap
    const text = JSON.stringify(data);
    expect(text.length).toBeLessThan(2_000_000);
    let start = performance.now();
    const fromText = parseDatasetJson(text);
    const textMs = performance.now() - start;
    start = performance.now();
    const fromValue = validateDataset(data);
    const valueMs = performance.now() - start;
    console.log(`620,000 empty citations refused: from text in ${textMs.toFixed(1)} ms, as a value in ${valueMs.toFixed(1)} ms`);
    expect(errorsOf(fromText)).toEqual(['The dataset has too many values: at most 100,000 lists, objects, texts and numbers in all.']);
    expect(errorsOf(fromValue)).toEqual(['citations: has too many citations: at most 300, got 620000']);
    expect(textMs).toBeLessThan(2000);
    expect(valueMs).toBeLessThan(2000);
  });

  it('checks every list against its cap before looking at its items', () => {
    const data = base();
    data.options = Array.from({ length: 250 }, () => ({}));
    data.cells.tms.cost.citations = Array.from({ length: 200 }, () => 'x');
    data.conditions = Array.from({ length: 100 }, () => ({}));
    data.meta.authors = Array.from({ length: 60 }, () => 'A');
    expect(errorsOf(validateDataset(data))).toEqual([
      'meta.authors: has too many authors: at most 50, got 60',
      'options: has too many options: at most 20, got 250',
      'conditions: has too many conditions: at most 12, got 100',
      'cells.tms.cost.citations: has too many citations: at most 12, got 200',
    ]);
  });

  it('refuses too many keys, deep nesting and cycles without walking them all', () => {
    const wide = base();
    wide.meta.extra = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(errorsOf(validateDataset(wide))).toEqual(['meta.extra: has too many entries: at most 50 in any object, got 5000']);
    const cyclic = base();
    cyclic.meta.self = cyclic;
    expect(errorsOf(validateDataset(cyclic))[0]).toMatch(/nested too deeply/);
    expect(errorsOf(parseDatasetJson('['.repeat(100_000)))[0]).toMatch(/nested too deeply/);
    expect(errorsOf(parseDatasetJson(`[${'0,'.repeat(BOUNDS.values)}0]`))[0]).toMatch(/too many values/);
  });

  it('counts values in text exactly as in the parsed value (strings with brackets and commas are text)', () => {
    const data = base();
    data.meta.method = '[{,,,}] "quoted" \\ , [';
    expect(parseDatasetJson(JSON.stringify(data))).toMatchObject({ ok: true });
  });

  it('never throws, whatever the value', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys for you');
        },
      },
    );
    const getter = Object.defineProperty(base(), 'meta', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [hostile, getter, Object.create(null), new Date(), [], 'text', 5, null, undefined]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(validateClinic(input).ok).toBe(false);
    }
    expect(errorsOf(validateDataset(getter))[0]).toMatch(/^The dataset could not be checked: boom/);
  });
});

describe('2. own keys only; model errors as results', () => {
  it('refuses a criterion with the id "constructor" (it used to pass, then crash every update)', () => {
    const data = base();
    const first = data.criteria[0].id;
    data.criteria[0].id = 'constructor';
    for (const option of data.options) data.cells[option.id].constructor = data.cells[option.id][first];
    expect(errorsOf(validateDataset(data))).toEqual([
      'cells.tms: "constructor" cannot be used as a key or id (JavaScript reserves it); choose another',
    ]);
    // Without the cells, the id itself is named, never "missing" through an inherited lookup.
    const idOnly = base();
    idOnly.criteria[0].id = 'constructor';
    expect(errorsOf(validateDataset(idOnly))[0]).toBe(
      'criteria[0].id: is a word JavaScript reserves ("constructor" or "prototype"); choose another id',
    );
  });

  it('names option ids "constructor" and "prototype" as reserved words', () => {
    const data = base();
    data.options[0].id = 'constructor';
    data.options[1].id = 'prototype';
    const errors = errorsOf(validateDataset(data));
    expect(errors[0]).toBe('options[0].id: is a word JavaScript reserves ("constructor" or "prototype"); choose another id');
    expect(errors[1]).toBe('options[1].id: is a word JavaScript reserves ("constructor" or "prototype"); choose another id');
  });

  it('refuses __proto__ keys that JSON.parse makes own properties', () => {
    const text = baseText.replace('"cells": {', '"cells": { "__proto__": { "cost": {} },');
    expect(errorsOf(parseDatasetJson(text))[0]).toBe(
      'cells: "__proto__" cannot be used as a key or id (JavaScript reserves it); choose another',
    );
    expect(errorsOf(parseClinicJson('{"name":"C","provides":[],"checked":"2026-01-01","facts":{"__proto__":{}}}'))[0]).toMatch(
      /^facts: "__proto__" cannot be used/,
    );
  });

  it('resolves cells by own keys only, and reports a missing cell as an error result', () => {
    const data = generateDataset(2, 2);
    const broken = { ...data, criteria: [...data.criteria, { id: 'constructor', label: 'X', question: 'X?' }] } as Dataset;
    expect(() => resolveView(broken)).toThrow('cells.option-1.constructor is missing');
    const derive = () =>
      createComparison()({ data: localiseDataset(broken, ['en']), weights: {}, condition: '', options: [], setAside: [] });
    expect(derive).toThrow(ComparisonError);
    expect(() => derive()).toThrow('The comparison could not be worked out: cells.option-1.constructor is missing');
  });

  it('computeComparison gives fit and robustness, or errors instead of NaN or an exception', () => {
    const data = generateDataset(3, 2);
    const view = resolveView(data);
    const weights = completeWeights(['criterion-1', 'criterion-2']);
    const ok = computeComparison(view, weights);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.fit.fits).toHaveLength(3);
    const nan: ComparisonView = { ...view, cells: view.cells.map((row) => row.map((cell) => ({ ...cell, score: Number.NaN }))) };
    expect(computeComparison(nan, weights)).toEqual({
      ok: false,
      errors: ['The comparison could not be worked out: the fit of "option-1" is not a number'],
    });
    const throwing = { ...view, cells: null } as unknown as ComparisonView;
    expect(computeComparison(throwing, weights).ok).toBe(false);
    // Inherited names are not weights.
    const r = computeComparison(view, Object.create({ 'criterion-1': 10 }));
    expect(r.ok && r.fit.status).toBe('no-priorities');
  });
});

describe('6. control characters are warned about', () => {
  it('names a right-to-left override at the end of a clinic name', () => {
    const result = validateClinic({ ...clinic, name: 'Lakeside Pain Clinic\u202E' }, ['tms']);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toEqual([
      'name: contains U+202E RIGHT-TO-LEFT OVERRIDE: an invisible character that can change how text reads; remove it',
    ]);
  });

  it('finds bidi controls and C0/C1 controls anywhere in a dataset, but not line feeds or tabs', () => {
    const data = base();
    data.meta.title = 'Choices\u2066 here\u2069';
    data.cells.tms.cost.summary = { en: 'Line one\nline two\tand a tab', es: 'Nul \u0000 y \u0085' };
    data.options[0].label = 'TMS';
    const result = validateDataset(data);
    expect(result.ok && result.warnings).toEqual([
      'meta.title: contains U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE: an invisible character that can change how text reads; remove it',
      'cells.tms.cost.summary.es: contains U+0000, a control character, U+0085, a control character: an invisible character that can change how text reads; remove it',
    ]);
    expect(controlCharacters('plain\r\n\ttext')).toEqual([]);
    expect(validateDataset(base())).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('11. smaller ones', () => {
  it('refuses links with credentials or without //, and emits normalised links', () => {
    for (const url of [
      'https://user:pass@example.org/',
      'https://clinic.example@evil.example/',
      'https:evil.example',
      'https:/evil.example',
      'https:\\\\evil.example',
      'https://',
      ' https://example.org/',
      'https://exa mple.org/',
      'HTTPS://example.org/\u0000',
      'javascript:alert(1)',
    ]) {
      expect(isHttpUrl(url), url).toBe(false);
      const result = validateClinic({ ...clinic, contact: { label: 'Book', url } }, ['tms']);
      expect(result.ok, url).toBe(false);
    }
    const ok = validateClinic({ ...clinic, contact: { label: 'Book', url: 'HTTPS://Lakeside.Example/x/../book?x=1' } }, ['tms']);
    expect(ok.ok && ok.clinic.contact?.url).toBe('https://lakeside.example/book?x=1');
  });

  it('says a missing field is missing, in plain words', () => {
    const data = base();
    delete data.meta.title;
    delete data.citations[0].year;
    data.options = 'x';
    data.meta.published = undefined;
    const errors = errorsOf(validateDataset(data));
    expect(errors).toContain('meta.title: is missing');
    expect(errors).toContain('citations[0].year: is missing');
    for (const error of errors) expect(error).not.toMatch(/Invalid|Expected|received/);
    expect(errorsOf(validateDataset({ meta: 5, options: [], criteria: {} }))).toEqual([
      'meta: expected an object, got 5',
      'options: must have at least two options to compare',
      'criteria: expected a list of criteria, got an object',
      'cells: is missing',
      'citations: is missing',
    ]);
  });

  it('ignores a byte order mark, as the widget does', () => {
    expect(parseDatasetJson(`\uFEFF${baseText}`)).toMatchObject({ ok: true });
    expect(parseClinicJson(`\uFEFF${JSON.stringify(clinic)}`, ['tms'])).toMatchObject({ ok: true });
  });
});

describe('8. the model stays fast at the limits', () => {
  it('caps the sampling work: samples x ranged cells stays within MAX_DRAWS, never under MIN_SAMPLES', () => {
    const weights = (data: Dataset) => completeWeights(data.criteria.map((c) => c.id));
    const all = generateDataset(20, 20, { rangeShare: 1 });
    const ranged = Object.values(all.cells)
      .flatMap((row) => Object.values(row))
      .filter((c) => c.range && c.range[1] > c.range[0]).length;
    const start = performance.now();
    const full = computeRobustness(resolveView(all), weights(all));
    console.log(`20 x 20, ${ranged} ranged cells: ${full.samples} samples, ${(performance.now() - start).toFixed(1)} ms (first, cold)`);
    expect(full.samples * ranged).toBeLessThanOrEqual(MAX_DRAWS);
    expect(full.samples).toBeGreaterThanOrEqual(MIN_SAMPLES);
    expect(full.topShare.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    const small = generateDataset(5, 7);
    expect(computeRobustness(resolveView(small), weights(small)).samples).toBe(2000);
  });
});
