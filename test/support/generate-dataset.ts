/**
 * Generates valid datasets of any size for tests and benchmarks (e.g. 20 options x 20 criteria).
 * Scores come from a seeded generator so every run measures the same data.
 */
import { seededRandom } from '../../src/model/random.js';
import type { Cell, Dataset } from '../../src/model/schema.js';

export interface GenerateOptions {
  seed?: number;
  /** Share of cells that get a score range (default 0.3). */
  rangeShare?: number;
}

export function generateDataset(nOptions: number, nCriteria: number, { seed = 7, rangeShare = 0.3 }: GenerateOptions = {}): Dataset {
  const random = seededRandom(seed);
  const whole = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const options = Array.from({ length: nOptions }, (_, i) => ({
    id: `option-${i + 1}`,
    label: `Option ${i + 1}`,
    description: `Generated option ${i + 1}.`,
  }));
  const criteria = Array.from({ length: nCriteria }, (_, i) => ({
    id: `criterion-${i + 1}`,
    label: `Criterion ${i + 1}`,
    question: `Question ${i + 1}?`,
  }));
  const cells: Record<string, Record<string, Cell>> = {};
  for (const option of options) {
    cells[option.id] = {};
    for (const criterion of criteria) {
      const score = whole(1, 5);
      const cell: Cell = { summary: `${option.label} on ${criterion.label}.`, score, certainty: 'low', citations: ['source-1'] };
      if (random() < rangeShare) cell.range = [Math.max(1, score - 1), Math.min(5, score + 1)];
      cells[option.id][criterion.id] = cell;
    }
  }
  return {
    meta: {
      title: 'Generated comparison',
      question: 'Which option fits?',
      condition: 'A generated condition.',
      published: '2026-01-01',
      reviewBy: '2027-01-01',
      updatePolicy: 'Never updated.',
      funding: 'None.',
      competingInterests: 'None.',
      authors: ['Test generator'],
    },
    options,
    criteria,
    cells,
    citations: [{ id: 'source-1', authors: 'Nobody', year: 2026, title: 'Generated', source: 'Tests', url: 'https://example.org/' }],
  };
}
