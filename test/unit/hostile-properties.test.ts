/**
 * Property-based: arbitrary JSON values and key names (every `Object.prototype` property name
 * among them) through the validator and then the model. Either a clear list of problems, or a
 * dataset on which every model function gives finite numbers; never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeComparison,
  computeFit,
  computeRobustness,
  completeWeights,
  localiseDataset,
  parseClinicJson,
  parseDatasetJson,
  resolveView,
  validateClinic,
  validateDataset,
  type Dataset,
} from '../../src/model/index.js';
import { generateDataset } from '../support/generate-dataset.js';

const PROTO_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
const NAMES = [
  ...PROTO_NAMES,
  ...PROTO_NAMES.map((n) => n.toLowerCase()),
  'tms',
  'cost',
  'en',
  'es',
  'option-1',
  'criterion-1',
  'source-1',
];

/** `FUZZ_RUNS=20` runs every property twenty times as often (for a local search; CI keeps 1). */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 1);
/** Each property's time limit grows with its runs. */
const TIMEOUT = 120_000 * RUNS;

const keyArb = fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 8 }));

/** An object with exactly these own keys, `__proto__` included (as JSON.parse would make it). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

const { json: jsonArb } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -2, max: 8 }),
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(...NAMES, '2026-01-01', 'https://example.org/', 'low', '\u202E'),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie('json')), { maxLength: 4 }).map(objectOf),
  ),
}));

type Mutation =
  | { kind: 'replace'; path: number[]; value: unknown }
  | { kind: 'add'; path: number[]; key: string; value: unknown }
  | { kind: 'rename'; which: 'options' | 'criteria'; index: number; name: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), value: jsonArb }),
  fc.record({ kind: fc.constant('add' as const), path: fc.array(fc.nat(), { maxLength: 5 }), key: keyArb, value: jsonArb }),
  fc.record({
    kind: fc.constant('rename' as const),
    which: fc.constantFrom('options' as const, 'criteria' as const),
    index: fc.nat(),
    name: fc.constantFrom(...NAMES),
  }),
);

/** Follows `path` (each step picks one of the node's own keys) and returns the container and key at its end. */
function locate(root: unknown, path: number[]): [Record<string, unknown>, string] | undefined {
  let node = root as Record<string, unknown>;
  for (let i = 0; i < path.length; i++) {
    const keys = Object.keys(node);
    if (!keys.length) return undefined;
    const key = keys[path[i] % keys.length];
    if (i === path.length - 1) return [node, key];
    const next = node[key];
    if (typeof next !== 'object' || next === null) return [node, key];
    node = next as Record<string, unknown>;
  }
  return undefined;
}

function mutate(data: Dataset, mutations: Mutation[]): unknown {
  const root = structuredClone(data) as any;
  for (const m of mutations) {
    if (m.kind === 'replace') {
      const at = locate(root, m.path);
      if (at) Object.defineProperty(at[0], at[1], { value: m.value, enumerable: true, writable: true, configurable: true });
    } else if (m.kind === 'add') {
      let node = root;
      if (m.path.length) {
        const at = locate(root, m.path);
        node = at?.[0][at[1]];
      }
      // An array's own `length` cannot be redefined (and JSON cannot carry one): nothing to add.
      if (Array.isArray(node) && m.key === 'length') continue;
      if (typeof node === 'object' && node !== null)
        Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else {
      // Rename an id everywhere it is used, so the rest of the dataset stays valid.
      const items = root[m.which];
      if (!Array.isArray(items) || !items.length) continue;
      const item = items[m.index % items.length];
      const old = item?.id;
      if (typeof old !== 'string') continue;
      item.id = m.name;
      const cellSets = [root.cells, ...(Array.isArray(root.conditions) ? root.conditions.map((c: any) => c?.cells) : [])];
      for (const cells of cellSets) {
        if (typeof cells !== 'object' || cells === null) continue;
        const rows = m.which === 'options' ? [cells] : Object.values(cells);
        for (const row of rows) {
          if (typeof row !== 'object' || row === null || !Object.hasOwn(row, old)) continue;
          const value = row[old];
          delete row[old];
          Object.defineProperty(row, m.name, { value, enumerable: true, writable: true, configurable: true });
        }
      }
    }
  }
  return root;
}

function expectClearProblems(errors: unknown) {
  expect(Array.isArray(errors)).toBe(true);
  const list = errors as unknown[];
  expect(list.length).toBeGreaterThan(0);
  expect(list.length).toBeLessThanOrEqual(51);
  for (const error of list) {
    expect(typeof error).toBe('string');
    expect((error as string).length).toBeLessThan(400);
    expect(error).not.toMatch(/Invalid (type|key|length|value)|but received/);
  }
}

/** Every number the model gives for this dataset is finite, for several weightings and views. */
function expectFiniteModel(dataset: Dataset, weightSeed: number) {
  const ids = dataset.criteria.map((c) => c.id);
  const localised = localiseDataset(dataset, ['es', 'en']);
  for (const data of [dataset, localised as unknown as Dataset]) {
    const conditions = [undefined, ...(data.conditions ?? []).map((c) => c.id)];
    for (const condition of conditions) {
      const view = resolveView(data, { condition, options: [data.options[weightSeed % data.options.length].id] });
      for (const weights of [
        completeWeights(ids),
        completeWeights(ids, Object.fromEntries(ids.map((id, i) => [id, (weightSeed + i) % 11]))),
      ]) {
        const fit = computeFit(view, weights);
        for (const f of fit.fits) {
          expect(Number.isFinite(f.fit)).toBe(true);
          for (const c of f.contributions) expect(Number.isFinite(c)).toBe(true);
        }
        const robustness = computeRobustness(view, weights, { samples: 50 });
        for (const share of robustness.topShare) expect(Number.isFinite(share)).toBe(true);
        for (const s of robustness.sensitivity) expect(Number.isFinite(s.to)).toBe(true);
        expect(computeComparison(view, weights, { samples: 50 }).ok).toBe(true);
      }
    }
  }
}

function check(input: unknown, weightSeed: number) {
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    text = undefined;
  }
  const results = [validateDataset(input), ...(text === undefined ? [] : [parseDatasetJson(text)])];
  for (const result of results) {
    if (result.ok) expectFiniteModel(result.dataset, weightSeed);
    else expectClearProblems(result.errors);
  }
}

describe('hostile values through the validator and the model', { timeout: TIMEOUT }, () => {
  it('mutated datasets: prototype names as ids and keys, arbitrary values anywhere', () => {
    const base = generateDataset(3, 3, { rangeShare: 0.5 });
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), fc.nat(), (mutations, seed) =>
        check(mutate(base, mutations), seed),
      ),
      // The first example once failed CI: the harness itself threw adding `length` to an array.
      { numRuns: 300 * RUNS, examples: [[[{ kind: 'add', path: [1231831376], key: 'length', value: null }], 0]] },
    );
  });

  it('renaming any option or criterion to any Object.prototype name is refused or works', () => {
    const base = generateDataset(2, 2);
    for (const name of NAMES) {
      for (const which of ['options', 'criteria'] as const) {
        const data = mutate(base, [{ kind: 'rename', which, index: 0, name }]);
        check(data, 1);
        const result = validateDataset(data);
        if (PROTO_NAMES.includes(name) && /^[a-z0-9-]+$/.test(name)) expect(result.ok, name).toBe(false);
      }
    }
  });

  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(jsonArb, fc.nat(), (value, seed) => check(value, seed)),
      { numRuns: 500 * RUNS },
    );
  });

  it('arbitrary clinic configurations never throw and give clear problems', () => {
    const clinicArb = fc.record(
      {
        name: jsonArb,
        provides: fc.oneof(jsonArb, fc.array(fc.constantFrom(...NAMES))),
        facts: fc.oneof(jsonArb, fc.array(fc.tuple(keyArb, jsonArb)).map(objectOf)),
        checked: jsonArb,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(clinicArb, (clinic) => {
        for (const result of [validateClinic(clinic, ['tms', 'medication']), parseClinicJson(JSON.stringify(clinic), ['tms'])]) {
          if (!result.ok) expectClearProblems(result.errors);
          else for (const id of Object.keys(result.clinic.facts ?? {})) expect(['tms', 'medication']).toContain(id);
        }
      }),
      { numRuns: 300 * RUNS },
    );
  });
});
