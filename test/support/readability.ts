/**
 * Readability scores for the plain-language checks.
 * - English: Flesch-Kincaid grade level, with the maintained `syllable` counter.
 * - Spanish: Fernández-Huerta (1959) and Szigriszt-Pazos (1993, the INFLESZ scale), with the
 *   Spanish syllable counter in spanish-syllables.ts. Higher is easier on both; 60-70 is "normal",
 *   70-80 "algo fácil" (Fernández-Huerta); 55-65 "normal", 65-80 "bastante fácil" (INFLESZ).
 */
import { syllable } from 'syllable';
import { spanishSyllables, spanishWords } from './spanish-syllables.js';

/** Sentences, counted the same way for both languages: split at . ! ? ; : followed by a space or the end. */
export function sentenceCount(text: string): number {
  return Math.max(1, text.split(/[.!?;:]+(?:\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
}

export function fleschKincaidGrade(text: string): number {
  const sentences = sentenceCount(text);
  const words = text.match(/[A-Za-z0-9’'-]+/g) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

function spanishCounts(text: string) {
  const words = spanishWords(text);
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  return { words: words.length, syllables, sentences: sentenceCount(text) };
}

/**
 * Fernández-Huerta (1959): 206.84 - 0.60 P - 1.02 F, where P is syllables per 100 words and F is
 * words per sentence. Fernández-Huerta adapted Flesch's reading ease (206.835 - 84.6 syllables per
 * word - 1.015 words per sentence); the form often copied, with F as sentences per 100 words, makes
 * shorter sentences score as harder to read, which is the error G. Law pointed out (LINGUIST List
 * 22.2332, 2011). Scale: 60-70 "normal" (grades 7-8), 50-60 "algo difícil", 70-80 "algo fácil".
 */
export function fernandezHuerta(text: string): number {
  const { words, syllables, sentences } = spanishCounts(text);
  if (words === 0) return 0;
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / sentences);
}

/** Szigriszt-Pazos (perspicuity): 206.835 - 62.3 * syllables / words - words / sentences. */
export function szigrisztPazos(text: string): number {
  const { words, syllables, sentences } = spanishCounts(text);
  if (words === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}
