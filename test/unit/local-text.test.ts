/** Dataset and clinic text by language: the schema, its error messages and putting a dataset into one language. */
import { describe, expect, it } from 'vitest';
import { localiseClinic, localiseDataset, validateClinic, validateDataset, LIMITS } from '../../src/model/index.js';
import { generateDataset } from '../support/generate-dataset.js';

const valid = () => structuredClone(generateDataset(2, 2, { rangeShare: 0 })) as any;
const errorsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors;
};

describe('text by language in a dataset', () => {
  it('accepts a string or a map of language code to text in every patient-facing field', () => {
    const data = valid();
    data.meta.title = { en: 'Choices', es: 'Opciones' };
    data.meta.authors = [{ en: 'The team', es: 'El equipo' }];
    data.options[0].label = { en: 'Option one', es: 'Opción uno', 'es-MX': 'Opción uno (MX)' };
    data.criteria[0].question = { en: 'What will it cost me?', es: '¿Cuánto me costará?' };
    data.cells['option-1']['criterion-1'].summary = { en: 'Cheap.', es: 'Barato.' };
    data.cells['option-1']['criterion-1'].outcomes = [
      {
        label: { en: 'Pain halved', es: 'Dolor a la mitad' },
        population: 'Adults',
        timeFrame: { es: '3 meses' },
        event: 'had it',
        nonEvent: 'did not',
        count: 30,
        comparison: { label: { en: 'Sham', es: 'Simulado' }, count: 10 },
      },
    ];
    expect(errorsOf(data)).toEqual([]);
  });

  it.each([
    [
      { en: 'Fine', es: 'x'.repeat(2001) },
      `cells.option-1.criterion-1.summary.es: is too long: at most ${LIMITS.longText} characters, got 2001`,
    ],
    [{ en: 'Fine', es: '   ' }, 'cells.option-1.criterion-1.summary.es: must not be empty'],
    [{ en: 'Fine', es: 5 }, 'cells.option-1.criterion-1.summary.es: expected text, got 5'],
    [{ en: 'Fine', ES: 'Bien' }, 'cells.option-1.criterion-1.summary.ES: expected a language code such as "en", "es" or "es-MX"'],
    [{ en: 'Fine', spanish: 'Bien' }, 'cells.option-1.criterion-1.summary.spanish: expected a language code such as "en", "es" or "es-MX"'],
    [{}, 'cells.option-1.criterion-1.summary: must have text in at least one language, such as { "en": "..." }'],
    [5, 'cells.option-1.criterion-1.summary: expected text, or text by language such as { "en": "...", "es": "..." }, got 5'],
    [null, 'cells.option-1.criterion-1.summary: expected text, or text by language such as { "en": "...", "es": "..." }, got null'],
  ])('rejects the summary %j with a message that names the place', (summary, message) => {
    const data = valid();
    data.cells['option-1']['criterion-1'].summary = summary;
    expect(errorsOf(data)).toEqual([message]);
  });

  it('caps the number of languages in one field', () => {
    const data = valid();
    data.options[1].label = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`x${String.fromCharCode(97 + i)}`, 'Label']));
    expect(errorsOf(data)).toEqual(['options[1].label: has too many languages: at most 20, got 21']);
  });

  it('leaves citations as published: their text is one string', () => {
    const data = valid();
    data.citations[0].title = { en: 'Title', es: 'Título' };
    expect(errorsOf(data)).toEqual(['citations[0].title: expected text, got an object']);
  });

  it('puts a dataset into one language, with English for a missing translation', () => {
    const data = valid();
    data.options[0].label = { en: 'Option one', es: 'Opción uno', 'es-MX': 'Opción uno (MX)' };
    data.options[1].label = { en: 'Option two' };
    data.cells['option-1']['criterion-1'].summary = { en: 'Cheap.', es: 'Barato.' };
    const result = validateDataset(data);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const es = localiseDataset(result.dataset, ['es', 'en']);
    expect(es.options.map((o) => o.label)).toEqual(['Opción uno', 'Option two']);
    expect(es.cells['option-1']['criterion-1'].summary).toBe('Barato.');
    expect(es.meta.title).toBe('Generated comparison');
    expect(localiseDataset(result.dataset, ['es-MX', 'es', 'en']).options[0].label).toBe('Opción uno (MX)');
    expect(localiseDataset(result.dataset, ['en']).options[0].label).toBe('Option one');
    // Numbers, ids and order are untouched.
    expect(es.cells['option-1']['criterion-1'].score).toBe(result.dataset.cells['option-1']['criterion-1'].score);
    expect(es.options.map((o) => o.id)).toEqual(['option-1', 'option-2']);
  });
});

describe('text by language in a clinic configuration', () => {
  const clinic = {
    name: { en: 'Lakeside Pain Clinic', es: 'Clínica del Dolor Lakeside' },
    provides: ['tms'],
    facts: { tms: { price: { en: 'About $300 a session', es: 'Unos $300 por sesión' }, wait: '2 weeks', offeredHere: true } },
    contact: { label: { en: 'Book a visit', es: 'Pida una cita' }, url: 'https://lakeside.example/book' },
    checked: '2026-11-01',
  };

  it('is accepted, and errors name the language', () => {
    expect(validateClinic(clinic, ['tms']).ok).toBe(true);
    const bad = validateClinic({ ...clinic, facts: { tms: { price: { en: 'x', es: '' } } } }, ['tms']);
    expect(bad.ok ? [] : bad.errors).toEqual(['facts.tms.price.es: must not be empty']);
  });

  it('is put into one language', () => {
    const result = validateClinic(clinic, ['tms']);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const es = localiseClinic(result.clinic, ['es', 'en']);
    expect(es.name).toBe('Clínica del Dolor Lakeside');
    expect(es.facts?.tms.price).toBe('Unos $300 por sesión');
    expect(es.facts?.tms.wait).toBe('2 weeks');
    expect(es.facts?.tms.offeredHere).toBe(true);
    expect(es.contact?.label).toBe('Pida una cita');
  });
});

describe('bidi controls in dataset and clinic text', () => {
  it('are dropped when the text is put into the language shown, so an override cannot turn a sentence around', async () => {
    const { pickText } = await import('../../src/model/local-text.js');
    expect(pickText('Lakeside Pain Clinic\u202e', ['en'])).toBe('Lakeside Pain Clinic');
    expect(pickText({ en: '\u2066Cost\u2069', es: 'Costo\u202d' }, ['es', 'en'])).toBe('Costo');
    expect(pickText('عيادة البحيرة', ['en']), 'right-to-left text itself is kept').toBe('عيادة البحيرة');
  });
});
