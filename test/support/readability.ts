/** Flesch-Kincaid grade level, with the maintained `syllable` counter. */
import { syllable } from 'syllable';

export function fleschKincaidGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?;:]+(?:\s|$)/).filter((s) => /\w/.test(s)).length);
  const words = text.match(/[A-Za-z0-9’'-]+/g) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
