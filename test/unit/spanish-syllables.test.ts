/** The Spanish syllable counter behind the Fernández-Huerta and Szigriszt-Pazos scores. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localText } from '../../src/i18n/index.js';
import type { Dataset } from '../../src/model/index.js';
import { fernandezHuerta, szigrisztPazos } from '../support/readability.js';
import { spanishNumberWords, spanishSyllables, spanishWords } from '../support/spanish-syllables.js';

describe('Spanish syllables', () => {
  it.each([
    ['casa', 2], // ca-sa
    ['dolor', 2], // do-lor
    ['ciudad', 2], // ciu-dad: diphthong
    ['aire', 2], // ai-re
    ['fisioterapia', 5], // fi-sio-te-ra-pia
    ['medicamentos', 5], // me-di-ca-men-tos
    ['estimulación', 5], // es-ti-mu-la-ción
    ['Uruguay', 3], // U-ru-guay: triphthong, final y
    ['buey', 1], // buey
    ['hay', 1],
    ['muy', 1],
    ['y', 1],
    ['poeta', 3], // po-e-ta: two strong vowels, hiatus
    ['transcraneal', 4], // trans-cra-ne-al
    ['aéreo', 4], // a-é-re-o
    ['día', 2], // dí-a: accented weak vowel, hiatus
    ['país', 2], // pa-ís
    ['oído', 3], // o-í-do
    ['náuseas', 3], // náu-se-as
    ['antiinflamatorios', 7], // an-ti-in-fla-ma-to-rios: doubled i
    ['ahora', 3], // a-ho-ra: h between vowels
    ['guerra', 2], // gue-rra: silent u
    ['pingüino', 3], // pin-güi-no
    ['cognitivo-conductual', 7], // cog-ni-ti-vo con-duc-tual
    // Words of the first view's short answers and short names (#11)
    ['convulsiones', 4], // con-vul-sio-nes
    ['cabelludo', 4], // ca-be-llu-do
    ['conseguir', 3], // con-se-guir: silent u
    ['terapeuta', 4], // te-ra-peu-ta
    ['antidepresivos', 6], // an-ti-de-pre-si-vos
    ['guías', 2], // guí-as: silent u, accented í
    ['recomiendan', 4], // re-co-mien-dan
    ['Reino', 2], // Rei-no
    ['constancia', 3], // cons-tan-cia
    ['hábitos', 3], // há-bi-tos
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });

  it('reads numbers, acronyms and percentages aloud', () => {
    expect(spanishNumberWords(39)).toBe('treinta y nueve');
    expect(spanishNumberWords(2026)).toBe('dos mil veintiséis');
    expect(spanishNumberWords(100_000)).toBe('cien mil');
    expect(spanishSyllables('39')).toBe(5); // trein-ta y nue-ve
    expect(spanishSyllables('0.4')).toBe(6); // ce-ro pun-to cua-tro
    expect(spanishSyllables('EMT')).toBe(4); // e-e-me-te, letter by letter
    expect(spanishSyllables('AINE')).toBe(2); // ai-ne, read as a word
    expect(spanishSyllables('%')).toBe(3); // por cien-to
  });

  it('splits text into words', () => {
    expect(spanishWords('¿Cuánto me costará? Unos $300, o 30 %.')).toEqual(['Cuánto', 'me', 'costará', 'Unos', '300', 'o', '30', '%']);
  });

  it('scores easy text higher than hard text', () => {
    const easy = 'El dolor dura. Usted puede caminar. Es gratis.';
    const hard = 'La estimulación magnética transcraneal repetitiva demostró efectividad analgésica considerablemente heterogénea.';
    expect(fernandezHuerta(easy)).toBeGreaterThan(fernandezHuerta(hard));
    expect(szigrisztPazos(easy)).toBeGreaterThan(szigrisztPazos(hard));
    expect(szigrisztPazos(easy)).toBeGreaterThan(80);
  });
});

describe("the first view's Spanish (short answers, short names, one-line descriptions)", () => {
  const data = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8')) as Dataset;
  const texts = [
    ...[data.cells, ...(data.conditions ?? []).map((c) => c.cells)].flatMap((cells) =>
      Object.values(cells).flatMap((byCriterion) =>
        Object.values(byCriterion).map((cell) => (cell.short ? localText(cell.short, 'es') : '')),
      ),
    ),
    ...data.options.flatMap((o) => [o.shortLabel, o.brief].map((t) => (t ? localText(t, 'es') : ''))),
  ];

  it('reads every word: from 1 to 8 syllables each, and between 1.5 and 3 a word on average in each text', () => {
    expect(texts.length).toBe(58 + 2 * 5);
    const odd: string[] = [];
    for (const text of texts) {
      const words = spanishWords(text);
      if (words.length === 0) odd.push(`empty: "${text}"`);
      const counts = words.map((w) => spanishSyllables(w));
      words.forEach((w, i) => (counts[i] < 1 || counts[i] > 8) && odd.push(`${w}: ${counts[i]}`));
      const average = counts.reduce((a, b) => a + b, 0) / words.length;
      if (words.length > 3 && (average < 1.5 || average > 3)) odd.push(`${average.toFixed(2)} a word: ${text}`);
    }
    expect(odd).toEqual([]);
  });
});
