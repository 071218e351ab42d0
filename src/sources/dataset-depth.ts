/**
 * The built-in dataset in two parts, so the first download carries only what the first view shows
 * (issue #11, brief first): the brief part is the whole dataset without each cell's `detail` and
 * `outcomes`; the depth part holds exactly those, keyed by where they go, and loads after the
 * first render. `npm run data:locales` splits each language's copy with {@link splitDepth}; the
 * widget puts them back together with {@link mergeDepth}. Both are pure (no DOM, no loading).
 */
import type { Cell, Dataset } from '../model/schema.js';

/** The fields the depth part carries: shown only when a person opens a question ("More"). */
export const DEPTH_FIELDS = ['detail', 'outcomes'] as const;

/** One cell's depth (only the fields it has). */
export type CellDepth = Partial<Pick<Cell, (typeof DEPTH_FIELDS)[number]>>;
/** Depth by option id, then criterion id (cells without depth are left out). */
export type CellsDepth = Record<string, Record<string, CellDepth>>;

/** The depth part of a dataset: its default cells' and, by condition id, its condition cells'. */
export interface DatasetDepth {
  cells: CellsDepth;
  conditions?: Record<string, CellsDepth>;
}

type Cells = Dataset['cells'];

function splitCells(cells: Cells): { brief: Cells; depth: CellsDepth } {
  const brief: Cells = {};
  const depth: CellsDepth = {};
  for (const [optionId, byCriterion] of Object.entries(cells)) {
    brief[optionId] = {};
    for (const [criterionId, cell] of Object.entries(byCriterion)) {
      const { detail, outcomes, ...rest } = cell;
      brief[optionId][criterionId] = rest;
      const part: CellDepth = {};
      if (detail !== undefined) part.detail = detail;
      if (outcomes !== undefined) part.outcomes = outcomes;
      if (Object.keys(part).length) (depth[optionId] ??= {})[criterionId] = part;
    }
  }
  return { brief, depth };
}

function mergeCells(cells: Cells, depth: CellsDepth | undefined): Cells {
  if (!depth) return cells;
  const out: Cells = {};
  for (const [optionId, byCriterion] of Object.entries(cells)) {
    out[optionId] = {};
    for (const [criterionId, cell] of Object.entries(byCriterion)) {
      const part = depth[optionId]?.[criterionId];
      out[optionId][criterionId] = part ? { ...cell, ...part } : cell;
    }
  }
  return out;
}

/** A dataset as its brief part (no cell `detail` or `outcomes`) and its depth part. */
export function splitDepth(data: Dataset): { brief: Dataset; depth: DatasetDepth } {
  const main = splitCells(data.cells);
  const depth: DatasetDepth = { cells: main.depth };
  const brief: Dataset = { ...data, cells: main.brief };
  if (data.conditions) {
    depth.conditions = {};
    brief.conditions = data.conditions.map((condition) => {
      const split = splitCells(condition.cells);
      if (Object.keys(split.depth).length) depth.conditions![condition.id] = split.depth;
      return { ...condition, cells: split.brief };
    });
  }
  return { brief, depth };
}

/**
 * The whole dataset from its two parts: each cell of `brief` with its depth added. A new object;
 * neither input is changed. Depth for a cell the brief part lacks is ignored (nothing is invented).
 */
export function mergeDepth(brief: Dataset, depth: DatasetDepth): Dataset {
  return {
    ...brief,
    cells: mergeCells(brief.cells, depth.cells),
    ...(brief.conditions && {
      conditions: brief.conditions.map((condition) => ({
        ...condition,
        cells: mergeCells(condition.cells, depth.conditions?.[condition.id]),
      })),
    }),
  };
}
