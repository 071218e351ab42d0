/** The committed hostile corpus through the model: bad files get clear messages, safe ones stay text. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseClinicJson, parseDatasetJson } from '../../src/model/index.js';

const dir = new URL('../hostile/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const parse = (file: string) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  return file.includes('clinic') ? parseClinicJson(text, ['tms', 'medication']) : parseDatasetJson(text);
};

describe('hostile corpus', () => {
  for (const file of files.filter((f) => f.startsWith('bad-'))) {
    it(`${file} is refused with clear, short messages`, () => {
      const result = parse(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(51);
      for (const error of result.errors) {
        expect(error.length).toBeLessThan(300); // never echoes a 100,000-character value
        expect(error).toMatch(/^([\w\-.[\]]+: )?[A-Za-z.]/);
      }
    });
  }

  it('explains each bad dataset in terms of what is wrong', () => {
    const first = (file: string) => {
      const result = parse(file);
      return result.ok ? '' : result.errors.join('\n');
    };
    expect(first('bad-malformed.json')).toMatch(/not valid JSON/);
    expect(first('bad-nan-literal.json')).toMatch(/not valid JSON/);
    expect(first('bad-missing-cells.json')).toMatch(/cells\.medication\.effectiveness: missing/);
    expect(first('bad-unknown-citation.json')).toMatch(/cells\.tms\.cost\.citations: no citation has the id "no-such-source"/);
    expect(first('bad-huge-strings.json')).toMatch(/meta\.title: is too long: at most 200 characters, got 100000/);
    expect(first('bad-links.json')).toMatch(/citations\[0\]\.url: expected a link starting with http/);
    expect(first('bad-numbers.json')).toMatch(/cells\.tms\.cost\.score: expected a whole number from 1 to 5, got -3/);
    expect(first('bad-thousand-options.json')).toMatch(/options: has too many options: at most 20, got 1000/);
    expect(first('bad-wrong-types.json')).toMatch(/cells\.tms\.cost\.score: expected a whole number from 1 to 5, got "5"/);
    expect(first('bad-clinic-links.json')).toMatch(/contact\.url: expected a link starting with http/);
    expect(first('bad-clinic-credentials.json')).toMatch(/contact\.url: contains a user name or password/);
    expect(first('bad-constructor-criterion.json')).toMatch(/cells\.tms: "constructor" cannot be used as a key or id/);
    expect(first('bad-reserved-option-ids.json')).toMatch(/options\[0\]\.id: is a word JavaScript reserves/);
    expect(first('bad-reserved-option-ids.json')).toMatch(/options\[1\]\.id: is a word JavaScript reserves/);
    expect(first('bad-link-tricks.json')).toMatch(/citations\[0\]\.url: contains a user name or password/);
    expect(first('bad-link-tricks.json')).toMatch(/citations\[1\]\.url: contains a user name or password/);
    expect(first('bad-link-tricks.json')).toMatch(/citations\[2\]\.url: expected a link starting with http/);
    expect(first('bad-deep-nesting.json')).toMatch(/nested too deeply/);
  });

  // The cases the end-to-end tests no longer feed to the browser one by one (one file per kind there).
  it('names every problem in a file, not only the first', () => {
    const errors = (file: string) => {
      const result = parse(file);
      return result.ok ? [] : result.errors;
    };
    expect(errors('bad-links.json')).toEqual([
      'citations[0].url: expected a link starting with http:// or https://',
      'citations[1].url: expected a link starting with http:// or https://',
    ]);
    expect(errors('bad-numbers.json')).toEqual([
      'cells.tms.cost.score: expected a whole number from 1 to 5, got -3',
      'cells.tms.effectiveness.score: expected a whole number from 1 to 5, got null', // Infinity, as JSON writes it
      'cells.medication.cost.range[0]: expected a whole number from 1 to 5, got 0',
      'cells.medication.cost.range[1]: expected a whole number from 1 to 5, got 9',
    ]);
    expect(errors('bad-huge-strings.json')).toEqual([
      'meta.title: is too long: at most 200 characters, got 100000',
      'cells.tms.effectiveness.summary: is too long: at most 2000 characters, got 100000',
    ]);
    expect(errors('bad-wrong-types.json')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^options\[1\]\.label: expected text/),
        'criteria: expected a list of criteria, got "cost"',
      ]),
    );
    expect(errors('bad-missing-cells.json')).toContain(
      'cells.current-care.invasiveness: missing; every option needs a cell for every criterion',
    );
    expect(errors('bad-unknown-citation.json')).toContain('citations[13]: "cms-l34998" is not cited by any cell');
    expect(errors('bad-clinic-types.json')).toEqual([
      'name: is too long: at most 200 characters, got 100000',
      'provides: expected a list of option ids, got "tms"',
      'checked: expected a date written as YYYY-MM-DD',
    ]);
  });

  it('bad-not-an-object.json: says in one line that the file is not a dataset', () => {
    const result = parseDatasetJson(readFileSync(new URL('../hostile/bad-not-an-object.json', import.meta.url), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([
      'This is not a dataset: expected an object with meta, options, criteria, cells and citations, got a list',
    ]);
  });

  for (const file of files.filter((f) => f.startsWith('safe-'))) {
    it(`${file} is valid and keeps its markup as plain text`, () => {
      const result = parse(file);
      expect(result.ok ? [] : result.errors).toEqual([]);
      // The model neither strips nor escapes markup: it stays text, and Lit renders it as text.
      if (result.ok) expect(JSON.stringify('dataset' in result ? result.dataset : result.clinic)).toContain('<img src=x onerror=');
    });
  }
});
