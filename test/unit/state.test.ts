import { describe, expect, it } from 'vitest';
import {
  MAX_STATE_CHARS,
  parseIdList,
  parseWeights,
  readHash,
  serialiseIdList,
  serialiseWeights,
  writeHash,
} from '../../src/model/state.js';

const criteria = ['invasiveness', 'side-effects', 'cost'];

describe('weights attribute', () => {
  it('parses, clamps and fills defaults', () => {
    expect(parseWeights('cost:8,side-effects:3', criteria)).toEqual({ invasiveness: 5, 'side-effects': 3, cost: 8 });
    expect(parseWeights(' cost : 99 , invasiveness:-4', criteria)).toEqual({ invasiveness: 0, 'side-effects': 5, cost: 10 });
    expect(parseWeights('COST:8, Side-Effects:2', criteria), 'ids as a page may type them').toEqual({
      invasiveness: 5,
      'side-effects': 2,
      cost: 8,
    });
  });

  it.each([null, undefined, 42, '', ',,,', 'cost', 'cost:', 'cost:abc', 'cost:1:2', 'unknown:3', '__proto__:1', 'constructor:2'])(
    'never throws on %s and keeps defaults',
    (junk) => {
      expect(parseWeights(junk, criteria)).toEqual({ invasiveness: 5, 'side-effects': 5, cost: 5 });
    },
  );

  it('ignores text past the length cap', () => {
    const long = 'x'.repeat(MAX_STATE_CHARS) + ',cost:1';
    expect(parseWeights(long, criteria).cost).toBe(5);
  });

  it('round-trips in criterion order', () => {
    const text = serialiseWeights({ cost: 2, invasiveness: 9, 'side-effects': 0 }, criteria);
    expect(text).toBe('invasiveness:9,side-effects:0,cost:2');
    expect(parseWeights(text, criteria)).toEqual({ invasiveness: 9, 'side-effects': 0, cost: 2 });
  });
});

describe('id lists', () => {
  const options = ['tms', 'medication', 'physical-therapy'];
  it('keeps known ids once, in dataset order', () => {
    expect(parseIdList('physical-therapy, tms,tms,ghost', options)).toEqual(['tms', 'physical-therapy']);
    expect(parseIdList('<script>', options)).toEqual([]);
    expect(parseIdList(' TMS , Physical-Therapy', options), 'ids as a page may type them').toEqual(['tms', 'physical-therapy']);
    expect(parseIdList(undefined, options)).toEqual([]);
    expect(serialiseIdList(['tms', 'medication'])).toBe('tms,medication');
  });
});

describe('URL hash', () => {
  it('reads only its own keys', () => {
    expect(readHash('#section=2&tc-weights=cost:8,invasiveness:1&tc-condition=migraine')).toEqual({
      weights: 'cost:8,invasiveness:1',
      condition: 'migraine',
    });
  });

  it('writes its keys and keeps the page ones', () => {
    const hash = writeHash('#section=2', { weights: 'cost:8', options: 'tms,medication' });
    expect(hash).toBe('#section=2&tc-weights=cost:8&tc-options=tms,medication');
    expect(readHash(hash)).toEqual({ weights: 'cost:8', options: 'tms,medication' });
    expect(writeHash(hash, {})).toBe('#section=2');
    expect(writeHash('', {})).toBe('');
  });

  it.each(['', '#', '#%E0%A4%A', '#tc-weights', '#&&&=', 42, null, '#tc-weights=%3Cscript%3Ealert(1)%3C/script%3E'])(
    'never throws on %s',
    (junk) => {
      expect(() => readHash(junk)).not.toThrow();
      const state = readHash(junk);
      expect(() => parseWeights(state.weights, criteria)).not.toThrow();
    },
  );
});
