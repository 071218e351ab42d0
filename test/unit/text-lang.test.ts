/**
 * Language of Parts (WCAG 3.1.2): which language each dataset and clinic text is shown in, when it
 * differs from the language asked for (`langs`, see `TextLangs` in src/model/local-text.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localiseClinic, localiseDataset, pickTextLang, validateDataset, type Clinic, type Dataset } from '../../src/model/index.js';
import { resolveLocale } from '../../src/i18n/locale.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { inOneLanguage } from '../support/one-language.js';

const keys = (lang: string) => resolveLocale(lang).textKeys;

describe('pickTextLang: the text and the language key it came from', () => {
  it('says which key each text resolved to', () => {
    const text = { en: 'Cost', es: 'Costo', 'es-MX': 'Precio' };
    expect(pickTextLang(text, keys('es-MX'))).toEqual(['Precio', 'es-MX']);
    expect(pickTextLang(text, keys('es'))).toEqual(['Costo', 'es']);
    expect(pickTextLang({ en: 'Cost' }, keys('es'))).toEqual(['Cost', 'en']);
    expect(pickTextLang({ fr: 'Coût' }, keys('es'))).toEqual(['Coût', 'fr']);
    expect(pickTextLang({ en: 'Cost', es: '  ' }, keys('es'))).toEqual(['Cost', 'en']);
  });

  it('gives no language for a plain string (a dataset declares none) or no text', () => {
    expect(pickTextLang('Cost', keys('es'))).toEqual(['Cost', '']);
    expect(pickTextLang(undefined, keys('es'))).toEqual(['', '']);
  });
});

describe('localiseDataset: the texts shown in another language', () => {
  it('marks every text of an English-only dataset shown in Spanish as en', () => {
    const { value, texts } = inOneLanguage(smallDataset());
    const local = localiseDataset(value, keys('es'));
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) expect(local.langs?.get(text), text).toBe('en');
    expect(local.options[0].label).toBe('Alpha therapy');
  });

  it('marks nothing for the same dataset shown in English, nor for plain strings (language unknown)', () => {
    expect(localiseDataset(inOneLanguage(smallDataset()).value, keys('en')).langs).toBeUndefined();
    expect(localiseDataset(smallDataset(), keys('es')).langs).toBeUndefined();
  });

  it('marks a Spanish-only text shown in English as es', () => {
    const data = smallDataset() as Dataset;
    data.options[0].label = { es: 'Terapia alfa' };
    expect([...(localiseDataset(data, keys('en')).langs ?? [])]).toEqual([['Terapia alfa', 'es']]);
  });

  it('shows es-MX from es without a mark, and marks only the texts that fell back', () => {
    const data = smallDataset() as Dataset;
    data.options[0].label = { en: 'Alpha therapy', es: 'Terapia alfa' };
    data.criteria[0].question = { en: 'What will it cost me?' };
    const local = localiseDataset(data, keys('es-MX'));
    expect(local.options[0].label).toBe('Terapia alfa');
    expect([...(local.langs ?? [])]).toEqual([['What will it cost me?', 'en']]);
  });

  it('gives no marks for the built-in dataset, complete in Spanish', () => {
    const raw = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const lang of ['es', 'es-MX', 'en']) expect(localiseDataset(result.dataset, keys(lang)).langs, lang).toBeUndefined();
  });
});

describe('localiseClinic: one table with the dataset', () => {
  it("holds the dataset's marks and the clinic's own", () => {
    const dataset = localiseDataset(inOneLanguage(smallDataset()).value, keys('es'));
    const clinic: Clinic = {
      name: { en: 'Test Clinic', es: 'Clínica de prueba' },
      provides: ['alpha'],
      facts: { alpha: { price: { en: '$300 a session' }, offeredHere: true } },
      checked: '2026-01-01',
    };
    const local = localiseClinic(clinic, keys('es'), dataset.langs);
    expect(local.name).toBe('Clínica de prueba');
    expect(local.langs?.get('Clínica de prueba')).toBeUndefined();
    expect(local.langs?.get('$300 a session')).toBe('en');
    expect(local.langs?.get('Alpha therapy')).toBe('en');
    expect(dataset.langs?.has('$300 a session')).toBe(false);
  });
});
