import { describe, expect, it } from 'vitest';
import {
  MAX_STATE_CHARS,
  hashTakesState,
  parseIdList,
  parseSure,
  parseWeights,
  readUrlState,
  serialiseSure,
  serialiseWeights,
  urlKeyPrefix,
  writeUrlState,
} from '../../src/model/index.js';

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
  });
});

describe('URL hash: one codec for every key', () => {
  const ids = ['tms', 'medication', 'pt'];
  const all = {
    weights: 'cost:8,invasiveness:1',
    options: 'tms,medication',
    condition: 'migraine',
    stage: 'close',
    role: 'together',
    sure: { sure: true, understand: false },
    setAside: ['medication'],
  } as const;

  it('reads only its own keys', () => {
    expect(readUrlState('#section=2&tc-weights=cost:8,invasiveness:1&tc-condition=migraine', 'tc-', ids)).toEqual({
      weights: 'cost:8,invasiveness:1',
      condition: 'migraine',
    });
  });

  it("round-trips every key and leaves the page's part byte for byte, in order", () => {
    const page = '#b=%7E2&a=1+2&section=%2';
    const hash = writeUrlState(page, 'tc-', { ...all, sure: { ...all.sure }, setAside: [...all.setAside] });
    expect(hash).toBe(
      '#b=%7E2&a=1+2&section=%2&tc-weights=cost:8,invasiveness:1&tc-options=tms,medication&tc-condition=migraine&tc-stage=close&tc-role=together&tc-sure=sure:y,understand:n&tc-aside=medication',
    );
    expect(readUrlState(hash, 'tc-', ids)).toEqual(all);
    expect(writeUrlState(hash, 'tc-', {})).toBe(page);
    expect(writeUrlState('', 'tc-', {})).toBe('');
  });

  it('keeps two widgets apart by their ids', () => {
    expect(urlKeyPrefix(undefined)).toBe('tc-');
    expect(urlKeyPrefix('')).toBe('tc-');
    expect(urlKeyPrefix('left')).toBe('tc-left-');
    expect(urlKeyPrefix('a b<c>&=d')).toBe('tc-abcd-');
    const one = writeUrlState('', urlKeyPrefix('left'), { weights: 'cost:9' });
    const both = writeUrlState(one, urlKeyPrefix('right'), { weights: 'invasiveness:2' });
    expect(both).toBe('#tc-left-weights=cost:9&tc-right-weights=invasiveness:2');
    expect(readUrlState(both, 'tc-left-', ids).weights).toBe('cost:9');
    expect(readUrlState(both, 'tc-right-', ids).weights).toBe('invasiveness:2');
    expect(readUrlState(both, 'tc-', ids)).toEqual({});
  });

  it('does not put state beside an anchor or a route, and never cuts the page hash', () => {
    for (const page of ['#contact', '#/clinic/tms?x=1', '#!/route', '#section%20two']) {
      expect(hashTakesState(page, 'tc-'), page).toBe(false);
      expect(writeUrlState(page, 'tc-', { weights: 'cost:1' }).startsWith(page)).toBe(true);
    }
    for (const page of ['', '#', '#a=1&b=2', '#tc-weights=cost:1']) expect(hashTakesState(page, 'tc-'), page).toBe(true);
    const long = '#page=' + 'x'.repeat(5000);
    expect(writeUrlState(long, 'tc-', { weights: 'cost:1' })).toBe(`${long}&tc-weights=cost:1`);
  });

  it('drops junk and hostile values, and never throws', () => {
    const hostile = [
      '#tc-stage=<script>alert(1)</script>&tc-role=__proto__&tc-sure=sure:maybe,constructor:y,ratio:n:x&tc-aside=evil,tms',
      '#%E0%A4%A',
      '#tc-sure=' + 'sure:y,'.repeat(5000),
      undefined,
      42,
      { toString: () => '#tc-stage=close' },
      '#tc-aside=,,,&tc-stage=',
      '#tc-weights',
      '#&&&=',
      '#tc-weights=%3Cscript%3Ealert(1)%3C/script%3E',
    ];
    for (const hash of hostile) {
      expect(() => readUrlState(hash, 'tc-', ids)).not.toThrow();
      expect(() => parseWeights(readUrlState(hash, 'tc-', ids).weights, criteria)).not.toThrow();
    }
    expect(readUrlState(hostile[0], 'tc-', ids)).toEqual({ setAside: ['tms'] });
    expect(readUrlState(hostile[5], 'tc-', ids)).toEqual({});
    expect(readUrlState(hostile[6], 'tc-', ids)).toEqual({});
    expect(readUrlState('#tc-stage=close&tc-role=together', 'tc-', [])).toEqual({ stage: 'close', role: 'together' });
    expect(writeUrlState('', 'tc-', { stage: 'bogus' as never, sure: {} })).toBe('');
  });

  it('parses and writes SURE answers', () => {
    expect(parseSure('encouragement:y, ratio : n ,bogus:y')).toEqual({ encouragement: true, ratio: false });
    expect(serialiseSure({ encouragement: true, sure: false })).toBe('sure:n,encouragement:y');
  });
});
