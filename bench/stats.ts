/** Median and 95th percentile of a list of timings, for the benchmarks' printed figures. */
export function summarise(times: readonly number[]): { median: number; p95: number; runs: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export function formatMs(value: number): string {
  return `${value.toFixed(3)} ms`;
}
