/**
 * `npm run bench:model`: time of a full recompute (view + fit + robustness at 2,000 samples) for
 * the default dataset and a generated 20 x 20 one. Targets on the 2-core CI machine:
 * 5 x 7 under 2 ms median; 20 x 20 under 16 ms (one frame). Prints the figures; fails only on error.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { computeFit, computeRobustness, completeWeights, resolveView, validateDataset, type Dataset } from '../src/model/index.js';
import { generateDataset } from '../test/support/generate-dataset.js';
import { formatMs, summarise } from './stats.js';

const RUNS = 500;
const WARMUP = 50;

function load(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(new URL('../data/chronic-pain.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`default dataset invalid: ${result.errors.join('; ')}`);
  return result.dataset;
}

function bench(name: string, dataset: Dataset, targetMs: number) {
  const ids = dataset.criteria.map((c) => c.id);
  const times: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // Vary the weights each run, as a dragged slider would, so no result can be reused.
    const weights = completeWeights(ids, Object.fromEntries(ids.map((id, i) => [id, (run + i * 3) % 11])));
    const start = performance.now();
    const view = resolveView(dataset);
    computeFit(view, weights);
    computeRobustness(view, weights, { samples: 2000 });
    const elapsed = performance.now() - start;
    if (run >= WARMUP) times.push(elapsed);
  }
  const { median, p95 } = summarise(times);
  const verdict = median <= targetMs ? 'within' : 'OVER';
  console.log(
    `${name.padEnd(28)} median ${formatMs(median)}  p95 ${formatMs(p95)}  (${RUNS} runs; target median < ${targetMs} ms: ${verdict})`,
  );
}

const [options, criteria] = [load().options.length, load().criteria.length];
console.log('Full recompute: view + fit + robustness (2,000 samples)');
bench(`default dataset (${options} x ${criteria})`, load(), 2);
bench('generated 20 x 20', generateDataset(20, 20, { rangeShare: 0.3 }), 16);
bench('20 x 20, every cell ranged', generateDataset(20, 20, { rangeShare: 1 }), 16);
