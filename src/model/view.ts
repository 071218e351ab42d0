/**
 * The comparison as the patient sees it: the chosen options (in the dataset's fixed order, never
 * sorted by score) with each cell resolved for the chosen condition. Works the same on a dataset
 * as validated and on one already put into one language (`localiseDataset`).
 */
import { own } from './own.js';
import type { Dataset } from './schema.js';
import { idToken } from './state.js';

type OptionOf<D extends Dataset> = D['options'][number];
type CriterionOf<D extends Dataset> = D['criteria'][number];
type CellOf<D extends Dataset> = D['cells'][string][string];
type ConditionOf<D extends Dataset> = NonNullable<D['conditions']>[number];

export interface ComparisonView<D extends Dataset = Dataset> {
  options: OptionOf<D>[];
  criteria: CriterionOf<D>[];
  /** cells[option][criterion], already switched to the condition's cells where it has them. */
  cells: CellOf<D>[][];
  condition: ConditionOf<D> | undefined;
}

export interface ViewChoice {
  /** A condition id; unknown or empty means all chronic pain. */
  condition?: string | null;
  /** Option ids to show; empty or unknown means all. */
  options?: readonly string[] | null;
}

export function resolveView<D extends Dataset>(dataset: D, choice: ViewChoice = {}): ComparisonView<D> {
  const conditions: readonly ConditionOf<D>[] = dataset.conditions ?? [];
  const conditionId = typeof choice.condition === 'string' ? idToken(choice.condition) : '';
  const condition = conditions.find((c) => c.id === conditionId);
  const wanted = new Set(choice.options ?? []);
  const all: OptionOf<D>[] = dataset.options;
  let options = all.filter((option) => wanted.has(option.id));
  if (options.length === 0) options = all;
  const criteria: CriterionOf<D>[] = dataset.criteria;
  // Own keys only: an id such as "constructor" must never find something the object inherits.
  const cells = options.map((option) =>
    criteria.map((criterion): CellOf<D> => {
      const cell = own(own(condition?.cells, option.id), criterion.id) ?? own(own(dataset.cells, option.id), criterion.id);
      if (typeof cell !== 'object' || cell === null) throw new Error(`cells.${option.id}.${criterion.id} is missing`);
      return cell as CellOf<D>;
    }),
  );
  return { options, criteria, cells, condition };
}

/** (score - 1) / 4: a score of 1 adds nothing, 5 adds the criterion's whole weight. */
export function scoreValue(score: number): number {
  return (score - 1) / 4;
}
