/** Natural frequencies: how many of 100, and the picture behind an icon array. */

/** How many of 100: one figure, or `[low, high]` when the sources give a span rather than one figure. */
export type Frequency = number | readonly [number, number];

/** A frequency as whole people out of `total`: `[low, high]` (equal for one figure), rounded and clamped; junk counts as 0. */
export function frequencySpan(frequency: Frequency, total = 100): [number, number] {
  const whole = (x: number) => (Number.isFinite(x) ? Math.min(total, Math.max(0, Math.round(x))) : 0);
  if (typeof frequency === 'number') return [whole(frequency), whole(frequency)];
  const [a, b] = [whole(frequency[0]), whole(frequency[1])];
  return a <= b ? [a, b] : [b, a];
}

/** The people not counted: `[total - high, total - low]`. */
export function otherFrame(frequency: Frequency, total = 100): [number, number] {
  const [low, high] = frequencySpan(frequency, total);
  return [total - high, total - low];
}

/** One icon: counted (`on`), inside the span the sources give (`maybe`), or not counted (`off`). */
export type IconState = 'on' | 'maybe' | 'off';

/**
 * An icon array of 100 whole icons, filled in rows from the top-left corner, so every option's
 * picture has the same denominator and reads the same way. For a span, the icons from low to
 * high are `maybe`. Returns one state per icon, row by row.
 */
export function iconArray(frequency: Frequency, total = 100): IconState[] {
  const [low, high] = frequencySpan(frequency, total);
  return Array.from({ length: total }, (_, index) => (index < low ? 'on' : index < high ? 'maybe' : 'off'));
}
