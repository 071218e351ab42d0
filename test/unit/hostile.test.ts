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
  it('has the kinds of input the issue lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

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

  for (const file of files.filter((f) => f.startsWith('safe-'))) {
    it(`${file} is valid and keeps its markup as plain text`, () => {
      const result = parse(file);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(readFileSync(new URL(file, dir), 'utf8')).toContain('onerror');
    });
  }
});
