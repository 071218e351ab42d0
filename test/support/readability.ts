/**
 * Readability scores for the plain-language checks.
 * - English: Flesch-Kincaid grade level, with the maintained `syllable` counter.
 * - Spanish: Fernández-Huerta (1959) and Szigriszt-Pazos (1993, the INFLESZ scale), with the
 *   Spanish syllable counter in spanish-syllables.ts. Higher is easier on both; 60-70 is "normal",
 *   70-80 "bastante fácil" (Fernández-Huerta), above 65 "bastante fácil" (INFLESZ).
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
 * Fernández-Huerta: 206.84 - 0.60 P - 1.02 F, where P is syllables per 100 words and F is
 * sentences per 100 words (the formula as published).
 */
export function fernandezHuerta(text: string): number {
  const { words, syllables, sentences } = spanishCounts(text);
  if (words === 0) return 0;
  return 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * ((sentences / words) * 100);
}

/** Szigriszt-Pazos (perspicuity): 206.835 - 62.3 * syllables / words - words / sentences. */
export function szigrisztPazos(text: string): number {
  const { words, syllables, sentences } = spanishCounts(text);
  if (words === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}
