import { describe, expect, it } from 'vitest';
import { computeRobustness } from '../../src/model/robustness.js';
import { resolveView } from '../../src/model/view.js';
import { generateDataset } from '../support/generate-dataset.js';
import type { Dataset } from '../../src/model/schema.js';

/** A dataset from a score table: rows are options, columns criteria; [score, low, high] adds a range. */
function fromScores(rows: (number | [number, number, number])[][]): Dataset {
  const data = generateDataset(rows.length, rows[0].length, { rangeShare: 0 });
  rows.forEach((row, o) =>
    row.forEach((entry, c) => {
      const cell = data.cells[`option-${o + 1}`][`criterion-${c + 1}`];
      if (Array.isArray(entry)) {
        cell.score = entry[0];
        cell.range = [entry[1], entry[2]];
      } else cell.score = entry;
    }),
  );
  return data;
}
const weights = (...values: number[]) => Object.fromEntries(values.map((w, i) => [`criterion-${i + 1}`, w]));

describe('computeRobustness', () => {
  it('is clear when one option leads on every criterion with no ranges', () => {
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 5],
          [2, 2],
        ]),
      ),
      weights(5, 5),
    );
    expect(r.leaders).toEqual(['option-1']);
    expect(r.topShare).toEqual([1, 0]);
    expect(r.close).toBe(false);
    expect(r.contenders).toEqual(['option-1']);
    expect(r.sensitivity).toEqual([]);
  });

  it('is close when options tie', () => {
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 1],
          [1, 5],
        ]),
      ),
      weights(5, 5),
    );
    expect(r.leaders).toEqual(['option-1', 'option-2']);
    expect(r.close).toBe(true);
    expect(r.contenders).toEqual(['option-1', 'option-2']);
  });

  it('finds the weight at which another option catches up, in closed form', () => {
    // Option 1: 5 on c1, 1 on c2. Option 2: 1 on c1, 5 on c2. With c2 at 5, option 1 leads while
    // c1 > 5 and they tie at c1 = 5; from c1 = 8 the crossing is 3 steps less.
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 1],
          [1, 5],
        ]),
      ),
      weights(8, 5),
    );
    expect(r.leaders).toEqual(['option-1']);
    expect(r.sensitivity).toContainEqual({ criterionId: 'criterion-1', from: 8, to: 5, direction: 'less', optionId: 'option-2' });
    expect(r.sensitivity).toContainEqual({ criterionId: 'criterion-2', from: 5, to: 8, direction: 'more', optionId: 'option-2' });
    expect(r.close).toBe(false);
  });

  it('is close when one slider step changes who lines up most closely', () => {
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 1],
          [1, 5],
        ]),
      ),
      weights(6, 5),
    );
    expect(r.close).toBe(true);
    expect(r.contenders).toEqual(['option-1', 'option-2']);
  });

  it('is close when the evidence ranges cannot separate the options', () => {
    const r = computeRobustness(
      resolveView(
        fromScores([
          [[3, 1, 5], 3],
          [3, [3, 1, 5]],
        ]),
      ),
      weights(5, 5),
    );
    expect(r.topShare[0]).toBeGreaterThan(0.3);
    expect(r.topShare[1]).toBeGreaterThan(0.3);
    expect(r.close).toBe(true);
  });

  it('shares sum to 1 and repeat exactly for the same seed', () => {
    const view = resolveView(generateDataset(6, 5, { rangeShare: 0.8 }));
    const a = computeRobustness(view, weights(1, 2, 3, 4, 5), { seed: 42 });
    const b = computeRobustness(view, weights(1, 2, 3, 4, 5), { seed: 42 });
    expect(a).toEqual(b);
    expect(a.topShare.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
  });

  it('has nothing to say when every weight is zero', () => {
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 1],
          [1, 5],
        ]),
      ),
      weights(0, 0),
    );
    expect(r.status).toBe('no-priorities');
    expect(r.close).toBe(false);
    expect(r.topShare).toEqual([0, 0]);
  });

  it('ignores crossings at a total weight of zero', () => {
    // Only c1 has weight; lowering it to 0 would leave nothing to compare, not a new leader.
    const r = computeRobustness(
      resolveView(
        fromScores([
          [5, 1],
          [1, 1],
        ]),
      ),
      weights(5, 0),
    );
    expect(r.sensitivity).toEqual([]);
  });

  it('names a challenger when the leader is unsure but others share the rest thinly', () => {
    const rows = Array.from({ length: 8 }, () => [[3, 1, 5] as [number, number, number]]);
    const r = computeRobustness(resolveView(fromScores(rows)), weights(5));
    expect(r.close).toBe(true);
    expect(r.contenders.length).toBeGreaterThanOrEqual(2);
  });
});
