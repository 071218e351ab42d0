/** Localisation logic: catalogs, locale resolution, Intl formatting, text by language. */
import { describe, expect, it, vi } from 'vitest';
import {
  LOCALES,
  hasCatalog,
  loadCatalog,
  MONTHS_BY_LOCALE,
  englishMessages,
  formatter,
  localText,
  localeCandidates,
  messagesFor,
  normaliseTag,
  resolveLocale,
  spanishList,
} from '../../src/i18n/index.js';
import { allTexts } from '../support/message-samples.js';
import { plainCatalog } from '../support/plain-text.js';

/** Every key path of a catalog, with `()` and the arity for functions. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}(${value.length})`];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
  }
  return [path];
}

await Promise.all(LOCALES.map(loadCatalog));
const catalogs = Object.fromEntries(LOCALES.map((locale) => [locale, messagesFor(locale)]));

describe('message catalogs', () => {
  it('English and Spanish have exactly the same keys, nested ones included, and the same function arities', () => {
    const english = shape(catalogs.en);
    for (const locale of LOCALES) {
      const other = shape(catalogs[locale]);
      expect(
        other.filter((k) => !english.includes(k)),
        `keys in ${locale} but not in en`,
      ).toEqual([]);
      expect(
        english.filter((k) => !other.includes(k)),
        `keys in en but not in ${locale}`,
      ).toEqual([]);
    }
    expect(english.length).toBeGreaterThan(90);
  });

  it.each(LOCALES)('%s: every message is text, never blank, "undefined", "NaN" or an object', (locale) => {
    const texts = allTexts(catalogs[locale]);
    // Only errorDetailsNote may be empty, and only in English (its details are already English).
    const blank = texts.filter((t) => !t.text.trim()).map((t) => t.key);
    expect(blank).toEqual(locale === 'en' ? ['errorDetailsNote'] : []);
    for (const { key, text } of texts) expect(text, key).not.toMatch(/undefined|NaN|\[object|\$\{/);
    expect(catalogs[locale].language).toBe(locale);
  });

  it('Spanish is really Spanish: no English interface words left', () => {
    // The samples fill in Spanish dataset words; only the HTTP status text stays as the server sent it.
    const spanish = allTexts(catalogs.es)
      .map((t) => t.text)
      .join(' ')
      .replace(/Not Found/g, '');
    expect(spanish).not.toMatch(/\b(the|and|of|you|your|this|is|not|matters?|out of|evidence|option|moderate)\b/i);
  });

  it('keeps the words of the existing English interface', () => {
    const m = plainCatalog(englishMessages);
    expect(m.sliderValue(7)).toBe('Matters a lot (7 out of 10)');
    expect(m.chartSummary(['A 10', 'B 20', 'C 30'])).toBe(
      'How closely each option lines up with your priorities, out of 100: A 10, B 20 and C 30. This is not a recommendation.',
    );
    expect(m.clinicDisclosure('X', ['TMS', 'Physical therapy'])).toBe(
      'X provides TMS and physical therapy and is paid when patients choose them.',
    );
    expect(m.loadTimedOut('/a.json', 0.1)).toBe('The dataset at /a.json took longer than 0.1 seconds to load.');
    expect(m.loadTimedOut('/a.json', 1)).toBe('The dataset at /a.json took longer than 1 second to load.');
    expect(m.date('2026-01-15')).toBe('January 15, 2026');
  });

  it('writes natural Spanish: plurals, gender, "y"/"e", usted', () => {
    const m = plainCatalog(catalogs.es);
    expect(m.sliderValue(0)).toBe('No importa (0 de 10)');
    expect(m.sliderValue(10)).toBe('Importa muchísimo (10 de 10)');
    expect(m.outcomeLine(39, 'no tuvieron dolor')).toBe('Unas 39 de cada 100 no tuvieron dolor');
    expect(m.outcomeLine(1, 'tuvieron una convulsión')).toBe('Alrededor de 1 de cada 100 tuvieron una convulsión');
    expect(m.clearShare(7, 'EMT')).toContain('En unos 7 de cada 10 casos, EMT');
    expect(m.loadTimedOut('/a.json', 1)).toContain('1 segundo en cargar');
    expect(m.loadTimedOut('/a.json', 0.5)).toContain('0.5 segundos en cargar');
    expect(m.clinicDisclosure('Clínica Sol', ['EMT'])).toBe(
      'Clínica Sol ofrece EMT y recibe dinero cuando los pacientes eligen esa opción.',
    );
    expect(m.clinicDisclosure('Clínica Sol', ['EMT', 'Terapia física'])).toContain(
      'ofrece EMT y terapia física y recibe dinero cuando los pacientes eligen esas opciones.',
    );
    expect(m.certainty(m.certaintyLevels['very low'])).toBe(
      'Qué tan sólida es la investigación: muy débil, así que esto bien podría cambiar.',
    );
    expect(m.date('2026-11-01')).toBe('1 de noviembre de 2026');
    expect(spanishList(['terapia física', 'inyecciones'])).toBe('terapia física e inyecciones');
    expect(spanishList(['agua', 'hielo'])).toBe('agua y hielo');
    expect(spanishList(['A', 'B', 'C'])).toBe('A, B y C');
    for (const [a, b] of [[['x', 'hijos']], [['x', 'Inés']], [['x', 'hierro']], [['x', 'uvas']]].map(([items]) => [
      items,
      new Intl.ListFormat('es', { type: 'conjunction' }).format(items),
    ])) {
      expect(spanishList(a as string[])).toBe(b);
    }
  });

  it('builds each catalog once per locale tag', () => {
    expect(messagesFor('es')).toBe(messagesFor('es'));
    expect(messagesFor(resolveLocale('es-MX'))).toBe(messagesFor('es-MX'));
    expect(messagesFor('fr')).toBe(englishMessages);
    expect(LOCALES.every(hasCatalog)).toBe(true);
  });

  it('loads a language on demand, giving English until its catalog is in', async () => {
    vi.resetModules();
    const fresh = await import('../../src/i18n/messages.js');
    expect(fresh.hasCatalog('es')).toBe(false);
    expect(fresh.messagesFor('es').language).toBe('en');
    const loading = fresh.loadCatalog('es');
    expect(fresh.loadCatalog('es')).toBe(loading);
    expect(await loading).toBe(true);
    expect(fresh.messagesFor('es').language).toBe('es');
  });
});

describe('locale resolution', () => {
  it.each([
    ['es', 'es', 'es-US', ['es', 'en']],
    ['es-MX', 'es', 'es-MX', ['es-MX', 'es', 'en']],
    ['ES_mx', 'es', 'es-MX', ['es-MX', 'es', 'en']],
    ['es-419', 'es', 'es-419', ['es-419', 'es', 'en']],
    ['en', 'en', 'en-US', ['en']],
    ['en-GB', 'en', 'en-GB', ['en-GB', 'en']],
    ['fr', 'en', 'en-US', ['en']],
    ['fr-CA', 'en', 'en-US', ['en']],
    ['', 'en', 'en-US', ['en']],
    [null, 'en', 'en-US', ['en']],
    ['not a language', 'en', 'en-US', ['en']],
    ['  es  ', 'es', 'es-US', ['es', 'en']],
  ])('%j -> catalog %s, Intl %s, text keys %j', (lang, locale, tag, textKeys) => {
    expect(resolveLocale(lang)).toEqual({ locale, tag, textKeys });
  });

  it('falls back along the tag, ending with English', () => {
    expect(localeCandidates('es-MX')).toEqual(['es-MX', 'es', 'en']);
    expect(localeCandidates('zh-hant-tw')).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(localeCandidates('')).toEqual(['en']);
    expect(normaliseTag('EN-us')).toBe('en-US');
    expect(normaliseTag('<script>')).toBe('');
  });

  it('gives the same object for the same input, so a change is a comparison', () => {
    expect(resolveLocale('es-MX')).toBe(resolveLocale('es-MX'));
  });
});

describe('Intl formatting', () => {
  const enUS = formatter('en-US');
  const esUS = formatter('es-US');
  const esES = formatter('es-ES');

  it('writes numbers for the locale', () => {
    expect(enUS.number(12345.6)).toBe('12,345.6');
    expect(esUS.number(12345.6)).toBe('12,345.6');
    expect(esES.number(12345.6)).toBe('12.345,6');
    expect(esES.number(0.5)).toBe('0,5');
    expect(enUS.number(0.25, { maximumFractionDigits: 1 })).toBe('0.3');
  });

  it('chooses plural categories for the locale', () => {
    expect(enUS.plural(1)).toBe('one');
    expect(enUS.plural(2)).toBe('other');
    expect(esUS.plural(1)).toBe('one');
    expect(esUS.plural(0)).toBe('other');
    expect(esUS.plural(1_000_000)).toBe('many');
  });

  it('writes dates for the locale, as written whatever the time zone', () => {
    expect(enUS.date('2026-11-01')).toBe('November 1, 2026');
    expect(esUS.date('2026-11-01')).toBe('1 de noviembre de 2026');
    expect(formatter('en-GB').date('2026-11-01')).toBe('1 November 2026');
    expect(formatter('es-PE').date('2026-09-01')).toBe(
      new Intl.DateTimeFormat('es-PE', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 8, 1)),
    );
    expect(enUS.date('2026-02-30')).toBe('March 2, 2026');
    expect(enUS.date('soon')).toBe('soon');
  });

  it('its shortcuts give exactly what Intl gives', () => {
    for (const tag of ['en', 'en-US', 'es', 'es-US', 'es-MX', 'es-419', 'es-ES']) {
      const numberFormat = new Intl.NumberFormat(tag);
      for (let n = 0; n < 1000; n++) expect(formatter(tag).number(n)).toBe(numberFormat.format(n));
    }
    for (const tag of Object.keys(MONTHS_BY_LOCALE)) {
      const dateFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        const iso = `2026-${String(month).padStart(2, '0')}-${String(month + 9).padStart(2, '0')}`;
        expect(formatter(tag).date(iso), `${tag} ${iso}`).toBe(dateFormat.format(Date.UTC(2026, month - 1, month + 9)));
      }
    }
  });

  it('falls back to en-US for a tag Intl refuses', () => {
    expect(formatter('x-nope-').tag).toBe('en-US');
  });
});

describe('localText', () => {
  const text = { en: 'Cost', es: 'Costo', 'es-MX': 'Costo (MX)' };

  it('gives a plain string as it is, in every language', () => {
    expect(localText('Cost', 'es')).toBe('Cost');
  });

  it('picks the language, then its base, then English, then any text', () => {
    expect(localText(text, 'es-MX')).toBe('Costo (MX)');
    expect(localText(text, 'es-AR')).toBe('Costo');
    expect(localText(text, 'es')).toBe('Costo');
    expect(localText(text, 'fr')).toBe('Cost');
    expect(localText({ en: 'Cost' }, 'es')).toBe('Cost');
    expect(localText({ de: 'Kosten' }, 'es')).toBe('Kosten');
    expect(localText(text, resolveLocale('es-MX'))).toBe('Costo (MX)');
    expect(localText(text, ['es', 'en'])).toBe('Costo');
  });

  it('never shows a key or a blank when any text exists', () => {
    expect(localText({ en: 'Cost', es: '  ' }, 'es')).toBe('Cost');
    expect(localText({}, 'es')).toBe('');
    expect(localText(undefined, 'es')).toBe('');
  });
});
