/** The one derivation: memoised by stage, and a number that is not one becomes an error, never a picture. */
import { describe, expect, it } from 'vitest';
import { ComparisonError, createComparison, localiseDataset, validateDataset, type LocalDataset } from '../../src/model/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const local = (): LocalDataset => {
  const result = validateDataset(smallDataset());
  if (!result.ok) throw new Error(result.errors.join('; '));
  return localiseDataset(result.dataset, ['en']);
};

const inputs = (data: LocalDataset, weights: Record<string, number> = {}) => ({ data, weights, condition: '', options: [], setAside: [] });

describe('createComparison', () => {
  it('recomputes only what changed: the same inputs give the same object, a new weight keeps the view', () => {
    const derive = createComparison();
    const data = local();
    const a = derive(inputs(data));
    expect(derive(inputs(data))).toBe(a);
    const b = derive(inputs(data, { cost: 9 }));
    expect(b).not.toBe(a);
    expect(b.view).toBe(a.view);
    expect(b.weights.cost).toBe(9);
    expect(b.atStart).toBe(false);
    expect(a.atStart).toBe(true);
  });

  it('while a slider is dragged (robustnessLater), works out the fit now and the robustness once a derive without the flag comes (#14 item 8)', () => {
    const derive = createComparison();
    const data = local();
    const settled = derive(inputs(data, { cost: 2 }));
    const dragging = derive({ ...inputs(data, { cost: 9 }), robustnessLater: true });
    expect(dragging.weights.cost).toBe(9);
    expect(dragging.fit).not.toEqual(settled.fit);
    expect(dragging.robustness).toBe(settled.robustness);
    expect(dragging.readout).toBe(settled.readout);
    expect(dragging.robustnessPending).toBe(true);
    // The same weights, still dragging: nothing new.
    expect(derive({ ...inputs(data, { cost: 9 }), robustnessLater: true })).toBe(dragging);
    // The input settles: the same weights now get their own robustness, as a fresh derive gives.
    const after = derive(inputs(data, { cost: 9 }));
    expect(after.robustnessPending).toBeUndefined();
    expect(after.robustness).not.toBe(settled.robustness);
    expect(after.robustness).toEqual(createComparison()(inputs(data, { cost: 9 })).robustness);
    expect(after.readout).toEqual(createComparison()(inputs(data, { cost: 9 })).readout);
  });

  it('a first picture with robustnessLater has its fit and no reading yet; a derive without the flag brings both', () => {
    const derive = createComparison();
    const data = local();
    const first = derive({ ...inputs(data, { cost: 9 }), robustnessLater: true });
    const fresh = createComparison()(inputs(data, { cost: 9 }));
    expect(first.fit).toEqual(fresh.fit);
    expect(first.readout).toEqual({ kind: 'none' });
    expect(first.robustnessPending).toBe(true);
    const after = derive(inputs(data, { cost: 9 }));
    expect(after.robustnessPending).toBeUndefined();
    expect(after.robustness).toEqual(fresh.robustness);
    expect(after.readout).toEqual(fresh.readout);
    // Waiting for priorities: nothing is sampled, so nothing is pending either.
    const waiting = createComparison()({ ...inputs(data), prioritiesGiven: false, robustnessLater: true });
    expect(waiting.robustnessPending).toBeUndefined();
  });

  it('leaves set-aside options out of what is compared, and names them', () => {
    const c = createComparison()({ ...inputs(local()), setAside: ['beta'] });
    expect(c.compared.options.map((o) => o.id)).toEqual(['alpha', 'gamma']);
    expect(c.setAside.map((o) => o.id)).toEqual(['beta']);
    expect([...c.fitById.keys()]).toEqual(['alpha', 'gamma']);
  });

  it('focuses on two options in counselor mode, and never shows none', () => {
    const derive = createComparison();
    expect(derive({ ...inputs(local()), focus: ['gamma', 'alpha'] }).view.options.map((o) => o.id)).toEqual(['alpha', 'gamma']);
    expect(derive({ ...inputs(local()), hidden: ['alpha', 'beta', 'gamma'] }).view.options).toHaveLength(3);
  });

  it('throws a ComparisonError, with a plain message, instead of giving a fit that is not a number', () => {
    const data = local();
    const broken = {
      ...data,
      cells: { ...data.cells, alpha: { ...data.cells.alpha, cost: { ...data.cells.alpha.cost, score: Number.NaN } } },
    };
    expect(() => createComparison()(inputs(broken))).toThrow(ComparisonError);
    try {
      createComparison()(inputs(broken));
    } catch (error) {
      expect((error as ComparisonError).errors[0]).toMatch(/could not be worked out: the fit of "alpha" is not a number/);
    }
  });

  describe('waiting for priorities (prioritiesGiven: false)', () => {
    it('names no option and gives no reading: waiting, readout none, rankingKey "waiting"', () => {
      const c = createComparison()({ ...inputs(local()), prioritiesGiven: false });
      expect(c.waiting).toBe(true);
      expect(c.readout).toEqual({ kind: 'none' });
      expect(c.rankingKey).toBe('waiting');
      // The view and what is compared are still there: the grid shows the evidence.
      expect(c.compared.options.map((o) => o.id)).toEqual(['alpha', 'beta', 'gamma']);
    });

    it('skips the robustness sampling, and the key stays "waiting" whatever the weights, condition or set-aside', () => {
      const derive = createComparison();
      const data = local();
      const a = derive({ ...inputs(data), prioritiesGiven: false });
      expect(a.robustness.samples).toBe(0);
      expect(a.robustness.contenders).toEqual([]);
      expect(a.robustness.close).toBe(false);
      const b = derive({ ...inputs(data, { cost: 9 }), condition: 'migraine', setAside: ['beta'], prioritiesGiven: false });
      expect(b.rankingKey).toBe('waiting');
      expect(b.readout).toEqual({ kind: 'none' });
    });

    it('once priorities are given, the same inputs read out and sample again (not the memoised waiting result)', () => {
      const derive = createComparison();
      const data = local();
      const waiting = derive({ ...inputs(data), prioritiesGiven: false });
      const given = derive({ ...inputs(data), prioritiesGiven: true });
      expect(given).not.toBe(waiting);
      expect(given.waiting).toBe(false);
      expect(given.readout.kind).not.toBe('none');
      expect(given.rankingKey).not.toBe('waiting');
      expect(given.robustness.samples).toBeGreaterThan(0);
      // Omitted means given (pages and tests that set weights directly).
      expect(createComparison()(inputs(data)).waiting).toBe(false);
      // Back to waiting (Start again).
      expect(derive({ ...inputs(data), prioritiesGiven: false }).rankingKey).toBe('waiting');
    });
  });
});
