/**
 * A Spanish syllable counter for readability scores (Fernández-Huerta, Szigriszt-Pazos).
 *
 * Spanish spelling is regular enough to count syllables from vowel nuclei:
 * - a, e, o are strong vowels; i, u (and ü) are weak; a written accent on í or ú makes it strong
 *   (that is what the accent marks: a hiatus, as in "día", "país", "oído").
 * - Vowels next to each other share a syllable (a diphthong or triphthong: "ciu-dad", "buey",
 *   "U-ru-guay") unless two strong vowels meet (a hiatus: "po-e-ta", "a-é-re-o") or a weak vowel
 *   is doubled ("an-ti-in-fla-ma-to-rio").
 * - "y" is a vowel at the end of a word after a vowel ("hay", "muy", "Uruguay") and as the word "y".
 * - "h" is silent but still separates vowels here ("a-ho-ra", "pro-hi-bir"), which is right for
 *   most words.
 * - The silent "u" of "que", "qui", "gue", "gui" needs no rule: it joins the next vowel anyway.
 * Numbers are counted as they are read aloud ("39" is "treinta y nueve"), acronyms that cannot be
 * read as a word letter by letter ("EMT" is "e-eme-te"), "%" as "por ciento".
 */

const STRONG = new Set([...'aeoáéóíú']);
const WEAK = new Set([...'iuü']);

/** Syllables in one word written in letters (no digits). */
function wordSyllables(word: string): number {
  const w = word.toLowerCase();
  if (w === 'y') return 1;
  let count = 0;
  let inNucleus = false;
  let nucleusHasStrong = false;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const yAsVowel = c === 'y' && i === w.length - 1 && i > 0 && (STRONG.has(w[i - 1]) || WEAK.has(w[i - 1]));
    const strong = STRONG.has(c);
    const weak = WEAK.has(c) || yAsVowel;
    if (!strong && !weak) {
      inNucleus = false;
      nucleusHasStrong = false;
      continue;
    }
    // A new syllable: after a consonant, when two strong vowels meet, or a doubled weak vowel ("anti-in-", "du-un-").
    if (!inNucleus || (strong && nucleusHasStrong) || (weak && c === w[i - 1])) {
      count++;
      inNucleus = true;
      nucleusHasStrong = strong;
    } else if (strong) {
      nucleusHasStrong = true;
    }
  }
  return Math.max(1, count);
}

const UNITS = [
  'cero',
  'uno',
  'dos',
  'tres',
  'cuatro',
  'cinco',
  'seis',
  'siete',
  'ocho',
  'nueve',
  'diez',
  'once',
  'doce',
  'trece',
  'catorce',
  'quince',
  'dieciséis',
  'diecisiete',
  'dieciocho',
  'diecinueve',
  'veinte',
  'veintiuno',
  'veintidós',
  'veintitrés',
  'veinticuatro',
  'veinticinco',
  'veintiséis',
  'veintisiete',
  'veintiocho',
  'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
];

function below100(n: number): string {
  return n < 30 ? UNITS[n] : `${TENS[Math.floor(n / 10)]}${n % 10 ? ` y ${UNITS[n % 10]}` : ''}`;
}

function below1000(n: number): string {
  if (n === 100) return 'cien';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [hundreds ? HUNDREDS[hundreds] : '', rest || !hundreds ? below100(rest) : ''].filter(Boolean).join(' ');
}

/** A whole number as it is read aloud in Spanish ("2026" -> "dos mil veintiséis"). */
export function spanishNumberWords(n: number): string {
  if (n >= 1_000_000) {
    const millions = Math.floor(n / 1_000_000);
    const rest = n % 1_000_000;
    return [millions === 1 ? 'un millón' : `${spanishNumberWords(millions)} millones`, rest ? spanishNumberWords(rest) : '']
      .filter(Boolean)
      .join(' ');
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (!thousands) return below1000(rest);
  return [thousands === 1 ? 'mil' : `${below1000(thousands)} mil`, rest ? below1000(rest) : ''].filter(Boolean).join(' ');
}

function phraseSyllables(phrase: string): number {
  return phrase
    .split(/\s+/)
    .filter(Boolean)
    .reduce((sum, w) => sum + wordSyllables(w), 0);
}

/** Syllables in a number as written: "39", "100,000" (thousands), "0.4" ("cero punto cuatro"). */
function numberSyllables(token: string): number {
  if (/^\d{1,3}(?:,\d{3})+$/.test(token)) return phraseSyllables(spanishNumberWords(Number(token.replace(/,/g, ''))));
  const [whole, ...decimals] = token.split(/[.,]/);
  let total = phraseSyllables(spanishNumberWords(Number(whole)));
  for (const part of decimals) total += wordSyllables('punto') + phraseSyllables(spanishNumberWords(Number(part)));
  return total;
}

/** Syllables of each letter's name: "eme" for M, "te" for T, "doble ve" for W. */
const LETTER_NAMES: Record<string, number> = {
  a: 1,
  b: 1,
  c: 1,
  d: 1,
  e: 1,
  f: 2,
  g: 1,
  h: 2,
  i: 1,
  j: 2,
  k: 1,
  l: 2,
  m: 2,
  n: 2,
  ñ: 2,
  o: 1,
  p: 1,
  q: 1,
  r: 2,
  s: 2,
  t: 1,
  u: 1,
  v: 1,
  w: 3,
  x: 2,
  y: 1,
  z: 2,
};

/** An acronym: read as a word when it can be ("AINE", "NICE"), else letter by letter ("EMT"). */
function acronymSyllables(token: string): number {
  const lower = token.toLowerCase();
  const vowels = [...lower].filter((c) => STRONG.has(c) || WEAK.has(c)).length;
  const readable = vowels >= 2 && !/[^aeiouáéíóúü]{3}/.test(lower);
  if (readable) return wordSyllables(lower);
  return [...lower].reduce((sum, c) => sum + (LETTER_NAMES[c] ?? 1), 0);
}

/** Syllables in one token of Spanish text: a word, a number or an acronym. */
export function spanishSyllables(token: string): number {
  if (/^\d/.test(token)) return numberSyllables(token);
  if (token === '%') return phraseSyllables('por ciento');
  return token
    .split(/[-'’]/)
    .filter(Boolean)
    .reduce((sum, part) => sum + (/^[A-ZÁÉÍÓÚÑÜ]{2,6}$/.test(part) ? acronymSyllables(part) : wordSyllables(part)), 0);
}

/** The words (and numbers) of Spanish text, as counted by the readability scores. */
export function spanishWords(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*|%|[\p{L}]+(?:[-'’][\p{L}]+)*/gu) ?? [];
}
