import { describe, expect, it } from 'vitest';
import { computeFit, leadersOf } from '../../src/model/scoring.js';
import { resolveView, scoreValue } from '../../src/model/view.js';
import { allAtStart, clampWeight, completeWeights, normaliseWeights } from '../../src/model/weights.js';
import { generateDataset } from '../support/generate-dataset.js';

function twoByTwo(scores: [[number, number], [number, number]]) {
  const data = generateDataset(2, 2, { rangeShare: 0 });
  scores.forEach((row, o) => row.forEach((score, c) => (data.cells[`option-${o + 1}`][`criterion-${c + 1}`].score = score)));
  return data;
}

describe('weights', () => {
  it('clamps to whole slider steps and falls back on junk', () => {
    expect(clampWeight(11)).toBe(10);
    expect(clampWeight(-3)).toBe(0);
    expect(clampWeight(7.6)).toBe(8);
    expect(clampWeight('4')).toBe(4);
    expect(clampWeight('')).toBe(5);
    expect(clampWeight(Number.NaN)).toBe(5);
    expect(clampWeight(Infinity, 2)).toBe(2);
    expect(clampWeight({})).toBe(5);
  });

  it('completes weights with the default and drops unknown ids', () => {
    expect(completeWeights(['a', 'b'], { b: 9, c: 3 })).toEqual({ a: 5, b: 9 });
    expect(completeWeights(['toString'], {})).toEqual({ toString: 5 });
  });

  it('normalises to sum 1, and all zero to all zero', () => {
    expect(normaliseWeights(['a', 'b'], { a: 3, b: 1 })).toEqual([0.75, 0.25]);
    expect(normaliseWeights(['a', 'b'], { a: 0, b: 0 })).toEqual([0, 0]);
  });
});

describe('allAtStart', () => {
  it('is true only while every slider is at the starting value (the middle)', () => {
    expect(allAtStart(completeWeights(['a', 'b']))).toBe(true);
    expect(allAtStart({ a: 5, b: 6 })).toBe(false);
    expect(allAtStart({ a: 0, b: 0 })).toBe(false);
  });
});

describe('computeFit', () => {
  it('is the weighted sum of (score - 1) / 4 on 0-100, with contributions that add up', () => {
    const view = resolveView(
      twoByTwo([
        [5, 1],
        [3, 3],
      ]),
    );
    const result = computeFit(view, { 'criterion-1': 3, 'criterion-2': 1 });
    expect(result.status).toBe('ok');
    expect(result.fits[0].contributions).toEqual([75, 0]);
    expect(result.fits[0].fit).toBe(75);
    expect(result.fits[1].contributions).toEqual([37.5, 12.5]);
    expect(result.fits[1].fit).toBe(50);
  });

  it('gives a defined result, not NaN, when every weight is zero', () => {
    const view = resolveView(
      twoByTwo([
        [5, 1],
        [3, 3],
      ]),
    );
    const result = computeFit(view, { 'criterion-1': 0, 'criterion-2': 0 });
    expect(result.status).toBe('no-priorities');
    for (const fit of result.fits) {
      expect(fit.fit).toBe(0);
      expect(fit.contributions.every((x) => x === 0)).toBe(true);
    }
  });

  it('keeps the dataset order of options, never sorting by fit', () => {
    const view = resolveView(
      twoByTwo([
        [1, 1],
        [5, 5],
      ]),
    );
    const result = computeFit(view, { 'criterion-1': 5, 'criterion-2': 5 });
    expect(result.fits.map((f) => f.optionId)).toEqual(['option-1', 'option-2']);
    expect(result.fits[1].fit).toBe(100);
  });

  it('leaves a criterion at 0 out', () => {
    const view = resolveView(
      twoByTwo([
        [5, 1],
        [1, 5],
      ]),
    );
    const result = computeFit(view, { 'criterion-1': 0, 'criterion-2': 10 });
    expect(result.fits.map((f) => f.fit)).toEqual([0, 100]);
  });
});

describe('leadersOf', () => {
  it('returns every tied index', () => {
    expect(leadersOf([3, 7, 7, 1])).toEqual([1, 2]);
    expect(leadersOf([9])).toEqual([0]);
  });
});

describe('resolveView', () => {
  it('switches the cells a condition overrides and keeps the rest', () => {
    const data = generateDataset(2, 2, { rangeShare: 0 });
    const override = { ...data.cells['option-1']['criterion-1'], score: 5, summary: 'Different here.' };
    data.conditions = [{ id: 'migraine', label: 'Migraine', cells: { 'option-1': { 'criterion-1': override } } }];
    const view = resolveView(data, { condition: 'migraine' });
    expect(view.condition?.id).toBe('migraine');
    expect(view.cells[0][0].summary).toBe('Different here.');
    expect(view.cells[0][1]).toBe(data.cells['option-1']['criterion-2']);
    expect(resolveView(data, { condition: 'unknown' }).condition).toBeUndefined();
    expect(resolveView(data, { condition: ' Migraine ' }).condition?.id, 'as a page may type it').toBe('migraine');
  });

  it('shows the chosen options in dataset order, and all when none is known', () => {
    const data = generateDataset(4, 1);
    expect(resolveView(data, { options: ['option-3', 'option-1'] }).options.map((o) => o.id)).toEqual(['option-1', 'option-3']);
    expect(resolveView(data, { options: ['nope'] }).options).toHaveLength(4);
  });

  it('maps scores 1..5 to 0..1', () => {
    expect([1, 2, 3, 4, 5].map(scoreValue)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
