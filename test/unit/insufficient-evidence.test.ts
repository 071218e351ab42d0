/**
 * "Not enough evidence" (`evidence: "insufficient"`): a cell no study answers well enough to score.
 * It is never shown as the rubric's worst rating (absence of evidence is not evidence of no effect):
 * the widget says "Not enough evidence" in words. The fit gives it no credit (score 1: what nobody
 * has shown adds nothing, so the least-studied option is never lifted above one with weak but real
 * evidence), and the robustness check tries every score ([1, 5]).
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/dataset.js';
import { computeRobustness } from '../../src/model/robustness.js';
import { INSUFFICIENT_RANGE, INSUFFICIENT_SCORE, isInsufficient, type Dataset } from '../../src/model/schema.js';
import { computeFit } from '../../src/model/scoring.js';
import { resolveView } from '../../src/model/view.js';
import { englishMessages } from '../../src/i18n/index.js';
import { es } from '../../src/i18n/es.js';
import { formatter } from '../../src/i18n/format.js';
import defaultDataset from '../../data/chronic-pain.json';
import { generateDataset } from '../support/generate-dataset.js';

const valid = () => structuredClone(generateDataset(2, 2, { rangeShare: 0 }));
const errorsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.errors;
};
const markInsufficient = (data: Dataset, option: string, criterion: string) => {
  const cell = data.cells[option][criterion];
  cell.evidence = 'insufficient';
  cell.score = 1;
  cell.range = [1, 5];
  return cell;
};

describe('not enough evidence: validation', () => {
  it('accepts a cell marked insufficient with score 1 and range [1, 5]', () => {
    const data = valid();
    markInsufficient(data, 'option-1', 'criterion-1');
    expect(errorsOf(data)).toEqual([]);
    expect(INSUFFICIENT_SCORE).toBe(1);
    expect(INSUFFICIENT_RANGE).toEqual([1, 5]);
  });

  it('rejects any other score, naming the place', () => {
    const data = valid();
    markInsufficient(data, 'option-1', 'criterion-1').score = 3;
    expect(errorsOf(data)).toEqual([
      'cells.option-1.criterion-1.score: a cell with "evidence": "insufficient" must have the score 1 (no credit without evidence), got 3',
    ]);
  });

  it('rejects a missing or narrower range', () => {
    const data = valid();
    delete markInsufficient(data, 'option-2', 'criterion-2').range;
    expect(errorsOf(data)).toEqual([
      'cells.option-2.criterion-2.range: a cell with "evidence": "insufficient" must have the range [1, 5] (every score possible)',
    ]);
    markInsufficient(data, 'option-2', 'criterion-2').range = [1, 4];
    expect(errorsOf(data)).toEqual([
      'cells.option-2.criterion-2.range: a cell with "evidence": "insufficient" must have the range [1, 5] (every score possible)',
    ]);
  });

  it('rejects an unknown evidence level', () => {
    const data = valid() as any;
    data.cells['option-1']['criterion-2'].evidence = 'none';
    expect(errorsOf(data)).toEqual(['cells.option-1.criterion-2.evidence: expected one of: insufficient, got "none"']);
  });

  it('checks condition cells the same way', () => {
    const data = valid();
    const cell = structuredClone(data.cells['option-1']['criterion-1']);
    cell.evidence = 'insufficient';
    cell.score = 3;
    cell.range = [2, 3];
    data.conditions = [{ id: 'c', label: 'C', cells: { 'option-1': { 'criterion-1': cell } } }];
    expect(errorsOf(data)).toEqual([
      'conditions[0].cells.option-1.criterion-1.score: a cell with "evidence": "insufficient" must have the score 1 (no credit without evidence), got 3',
      'conditions[0].cells.option-1.criterion-1.range: a cell with "evidence": "insufficient" must have the range [1, 5] (every score possible)',
    ]);
  });
});

describe('not enough evidence: fit and robustness', () => {
  it('gets no credit in the fit: an untested option never fits better than one with weak but real evidence', () => {
    const data = valid();
    data.cells['option-2']['criterion-1'].score = 2;
    markInsufficient(data, 'option-1', 'criterion-1');
    const fit = computeFit(resolveView(data), { 'criterion-1': 10, 'criterion-2': 0 });
    expect(fit.fits[0].contributions[0]).toBe(0);
    expect(fit.fits[0].fit).toBeLessThan(fit.fits[1].fit);
  });

  it('lets every score happen in the robustness check, so a lead resting on it is close', () => {
    const data = valid();
    // Option 2 scores 2 on both; option 1 has 4 on criterion 2 and no evidence on criterion 1.
    data.cells['option-2']['criterion-1'].score = 2;
    data.cells['option-2']['criterion-2'].score = 2;
    data.cells['option-1']['criterion-2'].score = 4;
    markInsufficient(data, 'option-1', 'criterion-1');
    const r = computeRobustness(resolveView(data), { 'criterion-1': 10, 'criterion-2': 3 });
    // On the point scores option 2 leads (option 1's unknown cell gets no credit); across the full
    // range option 1 would lead in most draws, so the picture is not presented as a finding.
    expect(r.leaders).toEqual(['option-2']);
    expect(r.topShare[1]).toBeLessThan(0.75);
    expect(r.close).toBe(true);
  });
});

describe('not enough evidence: words', () => {
  it('has the label and the note in English and Spanish', () => {
    const spanishMessages = es(formatter('es'));
    expect(englishMessages.notEnoughEvidence).toBe('Not enough evidence');
    expect(spanishMessages.notEnoughEvidence).toBe('No hay suficiente evidencia');
    expect(englishMessages.notEnoughEvidenceNote).toMatch(/no credit/);
    expect(spanishMessages.notEnoughEvidenceNote).toMatch(/no suma puntos/);
  });
});

describe('not enough evidence: the built-in dataset', () => {
  it('marks TMS for low back pain as not enough evidence, and every marked cell is valid', () => {
    const result = validateDataset(defaultDataset);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lbp = result.dataset.conditions?.find((c) => c.id === 'low-back-pain');
    const cell = lbp?.cells.tms?.effectiveness;
    expect(cell && isInsufficient(cell)).toBe(true);
    expect(cell?.score).toBe(1);
    expect(cell?.range).toEqual([1, 5]);
  });
});
