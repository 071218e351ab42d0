/**
 * The reading level of the interface's own sentences (the dataset's summaries are checked in
 * default-dataset.test.ts). Printed, not gated: the issue gates the dataset summaries at grade 10.
 * Sentences are the catalog's texts of four words or more (not lists, labels or dates), with every
 * message function applied to samples in its own language (test/support/message-samples.ts): the
 * dataset's real option and question names, so the grade is what a patient reads.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog, messagesFor } from '../../src/i18n/index.js';
import { allTexts } from '../support/message-samples.js';
import { fernandezHuerta, fleschKincaidGrade, szigrisztPazos } from '../support/readability.js';

await loadCatalog('es');

/** Fragments that are not sentences: lists, labels with a number, dates. */
const FRAGMENTS = /^(list|chartPart|chartOfHundred|detailsFor|segmentTitle|rating|sliderValue|weightWords|date|certaintyLevels)\b/;

const sentences = (lang: string) =>
  allTexts(messagesFor(lang)).filter(({ key, text }) => !FRAGMENTS.test(key) && text.trim().split(/\s+/).length >= 4);

function report(title: string, scores: { key: string; score: number; text: string }[], worst: 'high' | 'low') {
  const average = scores.reduce((s, x) => s + x.score, 0) / scores.length;
  const sorted = [...scores].sort((a, b) => (worst === 'high' ? b.score - a.score : a.score - b.score));
  console.log(`${title} of ${scores.length} interface sentences: average ${average.toFixed(1)}; worst five:`);
  for (const { key, score, text } of sorted.slice(0, 5))
    console.log(`  ${score.toFixed(1).padStart(5)}  ${key}: ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`);
  return average;
}

describe('plain language of the interface', () => {
  it('reports the reading grade of every English interface sentence', () => {
    const english = sentences('en');
    expect(english.length).toBeGreaterThan(50);
    const average = report(
      'English readability (Flesch-Kincaid grade)',
      english.map(({ key, text }) => ({ key, text, score: fleschKincaidGrade(text) })),
      'high',
    );
    expect(Number.isFinite(average)).toBe(true);
  });

  it('reports the reading ease of every Spanish interface sentence', () => {
    const spanish = sentences('es');
    expect(spanish.length).toBeGreaterThan(50);
    report(
      'Spanish readability (Fernández-Huerta)',
      spanish.map(({ key, text }) => ({ key, text, score: fernandezHuerta(text) })),
      'low',
    );
    const average = report(
      'Spanish readability (Szigriszt-Pazos)',
      spanish.map(({ key, text }) => ({ key, text, score: szigrisztPazos(text) })),
      'low',
    );
    expect(Number.isFinite(average)).toBe(true);
  });
});
