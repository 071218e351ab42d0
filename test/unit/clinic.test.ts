import { describe, expect, it } from 'vitest';
import { parseClinicJson, validateClinic } from '../../src/model/clinic.js';

const options = ['tms', 'medication', 'physical-therapy'];
const valid = () => ({
  name: 'Lakeside Pain Clinic',
  provides: ['tms'],
  facts: { tms: { price: 'About $300 a session', wait: '2 weeks', offeredHere: true } },
  contact: { label: 'Book a visit', url: 'https://lakeside.example/book' },
  checked: '2026-11-01',
});
const errorsOf = (input: unknown) => {
  const result = validateClinic(input, options);
  return result.ok ? [] : result.errors;
};

describe('validateClinic', () => {
  it('accepts a valid configuration', () => {
    expect(errorsOf(valid())).toEqual([]);
  });

  it('names unknown option ids with their place', () => {
    const clinic = { ...valid(), provides: ['tms', 'surgery'], facts: { acupuncture: { price: '$50' } } };
    expect(errorsOf(clinic)).toEqual([
      'provides[1]: no option has the id "surgery"',
      'facts.acupuncture: no option has the id "acupuncture"',
    ]);
  });

  it.each([
    ['javascript:alert(1)', 'contact.url: expected a link starting with http:// or https://'],
    ['data:text/html,hi', 'contact.url: expected a link starting with http:// or https://'],
  ])('rejects the contact link %s', (url, message) => {
    expect(errorsOf({ ...valid(), contact: { label: 'Book', url } })).toEqual([message]);
  });

  it('rejects wrong types and bad dates with paths', () => {
    const clinic = { ...valid(), checked: '2026-13-01', facts: { tms: { offeredHere: 'yes' } } };
    expect(errorsOf(clinic)).toEqual(['facts.tms.offeredHere: expected true or false, got "yes"', 'checked: is not a real calendar date']);
  });

  it('refuses a checked date after tomorrow (a day of grace for time zones)', () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf({ ...valid(), checked: day(0) })).toEqual([]);
    expect(errorsOf({ ...valid(), checked: day(3) })).toEqual(['checked: is in the future: give the day you last checked these facts']);
    expect(errorsOf({ ...valid(), checked: '2999-01-01' })).toEqual([
      'checked: is in the future: give the day you last checked these facts',
    ]);
  });

  it('caps long text', () => {
    expect(errorsOf({ ...valid(), name: 'x'.repeat(100_000) })).toEqual(['name: is too long: at most 200 characters, got 100000']);
  });

  it('explains malformed JSON and never throws on junk', () => {
    const result = parseClinicJson('{name:');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^The clinic configuration is not valid JSON/);
    for (const junk of [null, 1, 'x', [], {}]) expect(validateClinic(junk).ok).toBe(false);
  });
});
