import { describe, expect, it } from 'vitest';
import { iconArray, scoreSure } from '../../src/model/journey.js';

describe('scoreSure', () => {
  it('counts yes answers and flags fewer than four only when all are answered', () => {
    expect(scoreSure({})).toEqual({ score: 0, answered: 0, mayHelpToTalk: false });
    expect(scoreSure({ sure: true, understand: true, ratio: true, encouragement: true })).toEqual({ score: 4, answered: 4, mayHelpToTalk: false });
    expect(scoreSure({ sure: true, understand: false, ratio: true, encouragement: true })).toEqual({ score: 3, answered: 4, mayHelpToTalk: true });
    expect(scoreSure({ sure: false, understand: false })).toEqual({ score: 0, answered: 2, mayHelpToTalk: false });
  });

  it('ignores anything that is not a yes or no', () => {
    expect(scoreSure({ sure: 'yes' as unknown as boolean, understand: true })).toEqual({ score: 1, answered: 1, mayHelpToTalk: false });
  });
});

describe('iconArray', () => {
  it('fills whole icons in rows from the first corner', () => {
    const icons = iconArray(39);
    expect(icons).toHaveLength(100);
    expect(icons.filter(Boolean)).toHaveLength(39);
    expect(icons.slice(0, 39).every(Boolean)).toBe(true);
    expect(icons.slice(39).some(Boolean)).toBe(false);
  });

  it('rounds and clamps, and treats junk as none', () => {
    expect(iconArray(38.6).filter(Boolean)).toHaveLength(39);
    expect(iconArray(150).filter(Boolean)).toHaveLength(100);
    expect(iconArray(-3).filter(Boolean)).toHaveLength(0);
    expect(iconArray(Number.NaN).filter(Boolean)).toHaveLength(0);
  });
});
