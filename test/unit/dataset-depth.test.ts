/**
 * The built-in dataset in two parts (issue #11, brief first): the brief part that the first render
 * shows and the depth (cells' `detail` and `outcomes`) that loads after it. Merged, they are the
 * dataset in data/chronic-pain.json put into one language, every cell of every condition.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { depthPath, localePath } from '../../scripts/dataset-locales.js';
import { resolveLocale } from '../../src/i18n/index.js';
import { localiseDataset, validateDataset, type Dataset } from '../../src/model/index.js';
import { mergeDepth, splitDepth, type DatasetDepth } from '../../src/sources/dataset-depth.js';

const source = validateDataset(JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8')));
if (!source.ok) throw new Error(source.errors.join('\n'));
const read = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every cell, default and per condition, by a path naming where it is. */
function cellsOf(data: Dataset): Map<string, Dataset['cells'][string][string]> {
  const out = new Map<string, Dataset['cells'][string][string]>();
  const add = (prefix: string, cells: Dataset['cells']) => {
    for (const [o, row] of Object.entries(cells)) for (const [c, cell] of Object.entries(row)) out.set(`${prefix}.${o}.${c}`, cell);
  };
  add('cells', data.cells);
  for (const condition of data.conditions ?? []) add(`conditions.${condition.id}`, condition.cells);
  return out;
}

describe('the built-in dataset in two parts', () => {
  for (const locale of ['en', 'es'] as const) {
    describe(locale, () => {
      const expected = localiseDataset(source.dataset, resolveLocale(locale).textKeys) as Dataset;
      const brief = read<Dataset>(localePath(locale));
      const depth = read<DatasetDepth>(depthPath(locale));
      const merged = mergeDepth(brief, depth);

      it('merges back into data/chronic-pain.json in that language, deep-equal', () => {
        expect(merged).toEqual(expected);
      });

      it('gives every cell of every condition its detail and outcomes, and only those come from the depth', () => {
        const want = cellsOf(expected);
        const got = cellsOf(merged);
        expect([...got.keys()]).toEqual([...want.keys()]);
        expect(want.size).toBe(58);
        for (const [path, cell] of want) {
          expect(got.get(path), path).toEqual(cell);
          expect(cellsOf(brief).get(path), path).toEqual({ ...cell, detail: undefined, outcomes: undefined });
        }
        const withOutcomes = [...got.values()].filter((cell) => cell.outcomes?.length);
        expect(withOutcomes.length).toBeGreaterThan(0);
      });

      it('holds in the depth part only detail and outcomes, for cells that exist', () => {
        const places = [
          ...Object.entries(depth.cells).map(([o, row]) => ['cells', o, row] as const),
          ...Object.entries(depth.conditions ?? {}).flatMap(([id, cells]) =>
            Object.entries(cells).map(([o, row]) => [`conditions.${id}`, o, row] as const),
          ),
        ];
        const briefCells = cellsOf(brief);
        for (const [prefix, o, row] of places)
          for (const [c, part] of Object.entries(row)) {
            expect(briefCells.has(`${prefix}.${o}.${c}`), `${prefix}.${o}.${c}`).toBe(true);
            expect(Object.keys(part).every((key) => key === 'detail' || key === 'outcomes')).toBe(true);
          }
      });
    });
  }

  it('splits and merges any dataset without changing its inputs', () => {
    const whole = localiseDataset(source.dataset, ['en']) as Dataset;
    const copy = structuredClone(whole);
    const { brief, depth } = splitDepth(whole);
    const again = structuredClone({ brief, depth });
    expect(mergeDepth(brief, depth)).toEqual(copy);
    expect(whole).toEqual(copy);
    expect({ brief, depth }).toEqual(again);
  });

  it('leaves a dataset without conditions without them, and ignores depth for a cell the brief part lacks', () => {
    const whole = localiseDataset(source.dataset, ['en']) as Dataset;
    const { conditions: _, ...noConditions } = whole;
    const { brief, depth } = splitDepth(noConditions as Dataset);
    expect(brief.conditions).toBeUndefined();
    const merged = mergeDepth(brief, { ...depth, cells: { ...depth.cells, nobody: { cost: { detail: 'invented' } } } });
    expect(merged).toEqual(noConditions);
    expect('nobody' in merged.cells).toBe(false);
  });
});

describe('loading the depth of the built-in dataset', () => {
  afterEach(() => {
    vi.doUnmock('../../src/lazy.js');
    vi.restoreAllMocks();
  });

  const whole = localiseDataset(source.dataset, ['en']) as Dataset;
  async function freshSource(depth: () => Promise<DatasetDepth>) {
    const { brief } = splitDepth(whole);
    const load = vi.fn(depth);
    vi.resetModules();
    vi.doMock('../../src/lazy.js', () => ({
      catalogs: {},
      builtInDatasets: { en: () => Promise.resolve(brief) },
      builtInDepths: { en: load },
    }));
    return { module: await import('../../src/sources/built-in-dataset.js'), load };
  }

  it('loads once for every caller, merges, and then gives the whole dataset at once', async () => {
    const { depth: part } = splitDepth(whole);
    const { module, load } = await freshSource(() => Promise.resolve(part));
    const brief = await module.loadBuiltInDataset('en');
    expect(module.awaitsDepth(brief)).toBe(true);
    const [a, b] = await Promise.all([module.loadBuiltInDepth(brief), module.loadBuiltInDepth(brief)]);
    expect(load).toHaveBeenCalledOnce();
    expect(a).toBe(b);
    expect(a).toEqual(whole);
    expect(module.builtInDataset('en')).toBe(a);
    expect(module.awaitsDepth(brief)).toBe(false);
    expect(module.awaitsDepth(a!)).toBe(false);
    expect(await module.loadBuiltInDepth(a!)).toBeUndefined();
  });

  it('keeps the brief part when the depth fails: one warning, resolves undefined, not tried again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { module, load } = await freshSource(() => Promise.reject(new Error('offline')));
    const brief = await module.loadBuiltInDataset('en');
    expect(await module.loadBuiltInDepth(brief)).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0][0])).toContain('could not load the details');
    expect(module.awaitsDepth(brief)).toBe(false);
    expect(module.builtInDataset('en')).toBe(brief);
    expect(await module.loadBuiltInDepth(brief)).toBeUndefined();
    expect(load).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('awaits no depth for a dataset that is not a brief part (a page’s own, or the all-in-one file’s whole one)', async () => {
    const { module } = await freshSource(() => Promise.reject(new Error('never asked')));
    expect(module.awaitsDepth(whole)).toBe(false);
    expect(await module.loadBuiltInDepth(whole)).toBeUndefined();
  });
});
