/**
 * The comparison as the patient sees it: the chosen options (in the dataset's fixed order, never
 * sorted by score) with each cell resolved for the chosen condition.
 */
import type { Cell, Condition, Criterion, Dataset, OptionInfo } from './schema.js';

export interface ComparisonView {
  options: OptionInfo[];
  criteria: Criterion[];
  /** cells[option][criterion], already switched to the condition's cells where it has them. */
  cells: Cell[][];
  condition: Condition | undefined;
}

export interface ViewChoice {
  /** A condition id; unknown or empty means all chronic pain. */
  condition?: string | null;
  /** Option ids to show; empty or unknown means all. */
  options?: readonly string[] | null;
}

export function resolveView(dataset: Dataset, choice: ViewChoice = {}): ComparisonView {
  const condition = dataset.conditions?.find((c) => c.id === choice.condition);
  const wanted = new Set(choice.options ?? []);
  let options = dataset.options.filter((option) => wanted.has(option.id));
  if (options.length === 0) options = dataset.options;
  const cells = options.map((option) =>
    dataset.criteria.map(
      (criterion) => condition?.cells[option.id]?.[criterion.id] ?? dataset.cells[option.id][criterion.id],
    ),
  );
  return { options, criteria: dataset.criteria, cells, condition };
}

/** (score - 1) / 4: a score of 1 adds nothing, 5 adds the criterion's whole weight. */
export function scoreValue(score: number): number {
  return (score - 1) / 4;
}
