/** Property-based checks of the model over random datasets and weights. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFit } from '../../src/model/scoring.js';
import { computeRobustness } from '../../src/model/robustness.js';
import { resolveView } from '../../src/model/view.js';
import { generateDataset } from '../support/generate-dataset.js';
import type { Dataset } from '../../src/model/schema.js';

const datasetArb = fc
  .record({ options: fc.integer({ min: 2, max: 6 }), criteria: fc.integer({ min: 1, max: 7 }), seed: fc.integer({ min: 1, max: 1e6 }) })
  .map(({ options, criteria, seed }) => generateDataset(options, criteria, { seed, rangeShare: 0.4 }));

const withWeights = datasetArb.chain((data) =>
  fc.tuple(
    fc.constant(data),
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: data.criteria.length, maxLength: data.criteria.length }),
  ),
);
const weightsFor = (data: Dataset, values: number[]) => Object.fromEntries(data.criteria.map((c, i) => [c.id, values[i]]));

describe('model properties', () => {
  it('fit stays within 0-100 and contributions sum to it', () => {
    fc.assert(
      fc.property(withWeights, ([data, values]) => {
        for (const { fit, contributions } of computeFit(resolveView(data), weightsFor(data, values)).fits) {
          expect(fit).toBeGreaterThanOrEqual(0);
          expect(fit).toBeLessThanOrEqual(100 + 1e-9);
          expect(contributions.reduce((s, x) => s + x, 0)).toBeCloseTo(fit, 9);
          expect(Number.isFinite(fit)).toBe(true);
        }
      }),
    );
  });

  // On normalised fits the gap itself can shrink (a small advantage dilutes a larger one
  // elsewhere), so the property is about order and the un-normalised gap: A never falls behind B,
  // and the weighted-sum gap never shrinks.
  it('raising a criterion on which A scores above B never lowers A relative to B', () => {
    fc.assert(
      fc.property(withWeights, fc.nat(), fc.integer({ min: 1, max: 10 }), ([data, values], pick, raise) => {
        const view = resolveView(data);
        const c = pick % data.criteria.length;
        const raised = values.map((w, i) => (i === c ? Math.min(10, w + raise) : w));
        const total = (ws: number[]) => ws.reduce((s, w) => s + w, 0);
        const before = computeFit(view, weightsFor(data, values)).fits;
        const after = computeFit(view, weightsFor(data, raised)).fits;
        for (let a = 0; a < view.options.length; a++) {
          for (let b = 0; b < view.options.length; b++) {
            if (view.cells[a][c].score <= view.cells[b][c].score) continue;
            const gapBefore = (before[a].fit - before[b].fit) * total(values);
            const gapAfter = (after[a].fit - after[b].fit) * total(raised);
            expect(gapAfter).toBeGreaterThanOrEqual(gapBefore - 1e-6);
            if (before[a].fit >= before[b].fit) expect(after[a].fit).toBeGreaterThanOrEqual(after[b].fit - 1e-9);
          }
        }
      }),
    );
  });

  it('reordering options changes no option’s fit', () => {
    fc.assert(
      fc.property(withWeights, fc.nat(), ([data, values], shift) => {
        const weights = weightsFor(data, values);
        const fits = new Map(computeFit(resolveView(data), weights).fits.map((f) => [f.optionId, f.fit]));
        const k = shift % data.options.length;
        const reordered = { ...data, options: [...data.options.slice(k), ...data.options.slice(0, k)] };
        for (const f of computeFit(resolveView(reordered), weights).fits) expect(f.fit).toBe(fits.get(f.optionId));
      }),
    );
  });

  it('robustness is deterministic for a seed and its shares sum to 1', () => {
    fc.assert(
      fc.property(withWeights, fc.integer(), ([data, values], seed) => {
        const view = resolveView(data);
        const weights = weightsFor(data, values);
        const a = computeRobustness(view, weights, { seed, samples: 200 });
        expect(computeRobustness(view, weights, { seed, samples: 200 })).toEqual(a);
        if (a.status === 'ok') expect(a.topShare.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 50 },
    );
  });

  it('at each reported crossing, the two options fit equally', () => {
    fc.assert(
      fc.property(withWeights, ([data, values]) => {
        const view = resolveView(data);
        const weights = weightsFor(data, values);
        const r = computeRobustness(view, weights, { samples: 1 });
        for (const s of r.sensitivity) {
          const moved = { ...weights, [s.criterionId]: s.to };
          // Evaluate the fit with a fractional weight directly, as the slider could not.
          const total = Object.values(moved).reduce((sum, w) => sum + w, 0);
          const fitOf = (id: string) => {
            const o = view.options.findIndex((opt) => opt.id === id);
            return view.criteria.reduce((sum, c, i) => sum + (moved[c.id] / total) * ((view.cells[o][i].score - 1) / 4), 0);
          };
          expect(fitOf(s.optionId)).toBeCloseTo(fitOf(r.leaders[0]), 9);
          expect(s.to).toBeGreaterThanOrEqual(0);
          expect(s.to).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});
