import { describe, expect, it } from 'vitest';
import { parseDatasetJson, validateDataset } from '../../src/model/dataset.js';
import { describeValue } from '../../src/model/issues.js';
import { LIMITS } from '../../src/model/schema.js';
import { generateDataset } from '../support/generate-dataset.js';

const valid = () => structuredClone(generateDataset(3, 2, { rangeShare: 0 }));
const errorsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors;
};

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it', () => {
    const result = validateDataset(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.options.map((o) => o.id)).toEqual(['option-1', 'option-2', 'option-3']);
  });

  it('names the exact place and the value for an out-of-range score', () => {
    const data = valid();
    data.cells['option-1']['criterion-2'].score = 7;
    expect(errorsOf(data)).toEqual(['cells.option-1.criterion-2.score: expected a whole number from 1 to 5, got 7']);
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [-2, '-2'],
    [2.5, '2.5'],
    ['3', '"3"'],
  ])('rejects the score %s', (score, shown) => {
    const data = valid() as any;
    data.cells['option-2']['criterion-1'].score = score;
    expect(errorsOf(data)).toEqual([`cells.option-2.criterion-1.score: expected a whole number from 1 to 5, got ${shown}`]);
  });

  it('rejects a missing cell (equal detail)', () => {
    const data = valid();
    delete data.cells['option-3']['criterion-1'];
    expect(errorsOf(data)).toEqual(['cells.option-3.criterion-1: missing; every option needs a cell for every criterion']);
  });

  it('rejects cells for unknown options and criteria', () => {
    const data = valid();
    data.cells['ghost'] = {};
    data.cells['option-1']['nope'] = { ...data.cells['option-1']['criterion-1'] };
    expect(errorsOf(data)).toEqual(['cells.option-1.nope: no criterion has the id "nope"', 'cells.ghost: no option has the id "ghost"']);
  });

  it('rejects unknown and unused citation ids', () => {
    const data = valid();
    data.cells['option-1']['criterion-1'].citations = ['missing'];
    data.citations.push({ ...data.citations[0], id: 'unused' });
    expect(errorsOf(data)).toEqual([
      'cells.option-1.criterion-1.citations: no citation has the id "missing"',
      'citations[1]: "unused" is not cited by any cell',
    ]);
  });

  it('rejects a cell with no citation', () => {
    const data = valid();
    data.cells['option-1']['criterion-1'].citations = [];
    expect(errorsOf(data)[0]).toBe('cells.option-1.criterion-1.citations: must cite at least one source');
  });

  it('rejects dates that are not dates and review-by before published', () => {
    const data = valid();
    data.meta.published = '2026-02-30';
    expect(errorsOf(data)).toEqual(['meta.published: is not a real calendar date']);
    data.meta.published = 'yesterday';
    expect(errorsOf(data)).toEqual(['meta.published: expected a date written as YYYY-MM-DD']);
    data.meta.published = '2027-06-01';
    expect(errorsOf(data)).toEqual(['meta.reviewBy: must be after meta.published (2027-06-01), got 2027-01-01']);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org', 'not a link', ' JAVASCRIPT:alert(1)'])(
    'rejects the link %s',
    (url) => {
      const data = valid();
      data.citations[0].url = url;
      expect(errorsOf(data)).toEqual(['citations[0].url: expected a link starting with http:// or https://']);
    },
  );

  it('rejects duplicate ids', () => {
    const data = valid();
    data.options[2].id = 'option-1';
    const errors = errorsOf(data);
    expect(errors).toContain('options[2].id: "option-1" is used twice');
  });

  it('rejects ids that could break attributes', () => {
    const data = valid();
    data.criteria[0].id = 'cost:8';
    expect(errorsOf(data)[0]).toMatch(/^criteria\[0\]\.id: expected a criterion id of lower-case letters/);
  });

  it('rejects a range that does not contain the score or is upside down', () => {
    const data = valid();
    data.cells['option-1']['criterion-1'].score = 2;
    data.cells['option-1']['criterion-1'].range = [3, 5];
    data.cells['option-2']['criterion-1'].range = [4, 2];
    expect(errorsOf(data)).toEqual([
      'cells.option-1.criterion-1.range: the score 2 is outside the range [3, 5]',
      'cells.option-2.criterion-1.range: low (4) is above high (2)',
    ]);
  });

  it('takes an outcome range that contains its count, and rejects one that does not or is not a span', () => {
    const data = valid();
    const outcome = (count: number, range: [number, number]) => ({
      label: 'Misuse',
      population: 'Adults',
      timeFrame: 'While taking it',
      event: 'misused it',
      nonEvent: 'did not',
      count,
      range,
    });
    data.cells['option-1']['criterion-1'].outcomes = [outcome(21, [21, 29])];
    expect(errorsOf(data)).toEqual([]);
    data.cells['option-1']['criterion-1'].outcomes = [outcome(30, [21, 29]), outcome(8, [8, 8]), outcome(5, [9, 3])];
    data.cells['option-2']['criterion-1'].outcomes = [{ ...outcome(5, [0, 101]) }];
    expect(errorsOf(data)).toEqual(['cells.option-2.criterion-1.outcomes[0].range[1]: expected a whole number from 0 to 100, got 101']);
    data.cells['option-2']['criterion-1'].outcomes = [];
    expect(errorsOf(data)).toEqual([
      'cells.option-1.criterion-1.outcomes[0].range: the count 30 is outside the range [21, 29]',
      'cells.option-1.criterion-1.outcomes[1].range: low (8) must be below high (8); for one figure, give only count',
      'cells.option-1.criterion-1.outcomes[2].range: low (9) must be below high (3); for one figure, give only count',
    ]);
  });

  it('caps sizes with a clear message', () => {
    const huge = generateDataset(LIMITS.options + 5, 2);
    expect(errorsOf(huge)[0]).toBe(`options: has too many options: at most ${LIMITS.options}, got ${LIMITS.options + 5}`);
    const data = valid();
    data.cells['option-1']['criterion-1'].summary = 'a'.repeat(100_000);
    expect(errorsOf(data)).toEqual([`cells.option-1.criterion-1.summary: is too long: at most ${LIMITS.longText} characters, got 100000`]);
  });

  it('summarises floods of errors', () => {
    const data = generateDataset(20, 20) as any;
    for (const option of Object.values(data.cells) as any[]) for (const cell of Object.values(option) as any[]) cell.score = 0;
    const errors = errorsOf(data);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe('...and 350 more problems.');
  });

  it.each([null, 42, 'text', [], { meta: {} }])('never throws on junk: %s', (junk) => {
    expect(errorsOf(junk).length).toBeGreaterThan(0);
  });

  it('checks condition overrides like cells', () => {
    const data = valid();
    data.conditions = [
      {
        id: 'migraine',
        label: 'Migraine',
        cells: { 'option-1': { 'criterion-1': { ...data.cells['option-1']['criterion-1'], citations: ['x'] } } },
      },
    ];
    expect(errorsOf(data)).toEqual(['conditions[0].cells.option-1.criterion-1.citations: no citation has the id "x"']);
  });

  it('keeps text as text (markup is just characters to the model)', () => {
    const data = valid();
    data.options[0].label = '<img src=x onerror=alert(1)>';
    const result = validateDataset(data);
    expect(result.ok && result.dataset.options[0].label).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('equal detail in the first view (short answers, short names, one-line descriptions)', () => {
  /** A valid dataset with a condition override, and a short answer in every cell when `short` is set. */
  const withCondition = ({ short = false } = {}) => {
    const data = valid();
    data.conditions = [
      { id: 'migraine', label: 'Migraine', cells: { 'option-2': { 'criterion-1': { ...data.cells['option-2']['criterion-1'] } } } },
    ];
    if (short) {
      for (const byCriterion of [...Object.values(data.cells), ...Object.values(data.conditions[0].cells)])
        for (const cell of Object.values(byCriterion)) cell.short = { en: 'A short answer.', es: 'Una respuesta corta.' };
    }
    return data;
  };

  it('accepts a dataset with no short answers, short names or descriptions at all', () => {
    expect(errorsOf(withCondition())).toEqual([]);
  });

  it('accepts a short answer in every cell, condition overrides included', () => {
    expect(errorsOf(withCondition({ short: true }))).toEqual([]);
  });

  it('names the one cell without a short answer when the others have one', () => {
    const data = withCondition({ short: true });
    delete data.cells['option-3']['criterion-2'].short;
    expect(errorsOf(data)).toEqual([
      'cells.option-3.criterion-2.short: missing; when one cell has a short answer, every cell needs one (equal detail)',
    ]);
  });

  it('names a condition override without a short answer', () => {
    const data = withCondition({ short: true });
    delete data.conditions![0].cells['option-2']['criterion-1'].short;
    expect(errorsOf(data)).toEqual([
      'conditions[0].cells.option-2.criterion-1.short: missing; when one cell has a short answer, every cell needs one (equal detail)',
    ]);
  });

  it('names every cell without one when only a condition override has a short answer', () => {
    const data = withCondition();
    data.conditions![0].cells['option-2']['criterion-1'].short = 'Short.';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(6); // 3 options x 2 criteria in the general view
    expect(errors[0]).toBe(
      'cells.option-1.criterion-1.short: missing; when one cell has a short answer, every cell needs one (equal detail)',
    );
  });

  it('names each option without a short name, and each without a one-line description', () => {
    const data = valid();
    data.options[1].shortLabel = { en: 'Two', es: 'Dos' };
    data.options[0].brief = 'What option one is, in one line.';
    data.options[2].brief = 'What option three is, in one line.';
    expect(errorsOf(data)).toEqual([
      'options[0].shortLabel: missing for "option-1"; when one option has a short name, every option needs one (equal detail)',
      'options[2].shortLabel: missing for "option-3"; when one option has a short name, every option needs one (equal detail)',
      'options[1].brief: missing for "option-2"; when one option has a one-line description, every option needs one (equal detail)',
    ]);
    for (const option of data.options) option.shortLabel = option.brief = 'Given.';
    expect(errorsOf(data)).toEqual([]);
  });

  it('keeps the flood of missing short answers to the usual cap', () => {
    const data = generateDataset(20, 20);
    data.cells['option-1']['criterion-1'].short = 'The only short answer.';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(51);
    expect(errors[0]).toBe(
      'cells.option-1.criterion-2.short: missing; when one cell has a short answer, every cell needs one (equal detail)',
    );
    expect(errors[50]).toBe('...and 349 more problems.');
  });

  it('refuses a short answer longer than the first view allows', () => {
    const data = withCondition({ short: true });
    data.cells['option-1']['criterion-1'].short = { en: 'a'.repeat(LIMITS.briefText + 1) };
    expect(errorsOf(data)).toEqual([`cells.option-1.criterion-1.short.en: is too long: at most ${LIMITS.briefText} characters, got 121`]);
  });
});

describe('parseDatasetJson', () => {
  it('explains malformed JSON', () => {
    const result = parseDatasetJson('{"meta": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^The dataset is not valid JSON: /);
  });

  it('refuses absurdly large files before parsing', () => {
    const result = parseDatasetJson(' '.repeat(2_000_001));
    expect(result.ok).toBe(false);
  });

  it('accepts valid JSON text', () => {
    expect(parseDatasetJson(JSON.stringify(valid())).ok).toBe(true);
  });
});

describe('describeValue', () => {
  it('describes values briefly and safely', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue('x'.repeat(100))).toBe('text of 100 characters');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({})).toBe('an object');
  });
});
