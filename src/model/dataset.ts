/**
 * Dataset validation: the schema's shape checks, then the rules that need the whole dataset.
 * Every error names the exact place and what is wrong, e.g.
 * `cells.tms.cost.score: expected a whole number from 1 to 5, got 7`.
 */
import * as v from 'valibot';
import { checkValueBounds, datasetListCaps, own } from './bounds.js';
import { controlCharacterWarnings } from './controls.js';
import { formatIssues, limitErrors, readJson } from './issues.js';
import { DatasetSchema, INSUFFICIENT_RANGE, INSUFFICIENT_SCORE, isInsufficient, type Cell, type Dataset } from './schema.js';

/**
 * `warnings`: things that do not stop the dataset from being used but its authors should fix
 * (invisible control characters in text; see controls.ts). The CLI prints them; the widget may log them.
 */
export type ValidationResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: string[] };

/** A dataset file larger than this is refused before parsing. */
export const MAX_DATASET_CHARS = 2_000_000;

/** Never throws: any input, however shaped, gives a dataset or a list of problems. */
export function parseDatasetJson(json: string): ValidationResult {
  const read = readJson(json, 'The dataset', MAX_DATASET_CHARS);
  return read.ok ? validateDataset(read.value) : read;
}

/**
 * Never throws. Bounds first (how many values, how deep, how long each list: see bounds.ts), so
 * the cost of refusing a file stays small whatever its shape; then the schema; then the rules
 * that need the whole dataset.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail([
        `This is not a dataset: expected an object with meta, options, criteria, cells and citations, got ${Array.isArray(input) ? 'a list' : input === null ? 'null' : typeof input}`,
      ]);
    }
    // The schema's own caps first (they name the list: "options: has too many options"), then the general bounds.
    const overCaps = datasetListCaps(input);
    if (overCaps.length) return fail(overCaps);
    const tooBig = checkValueBounds(input, 'The dataset');
    if (tooBig) return fail([tooBig]);
    const parsed = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
    if (!parsed.success) return fail(formatIssues(parsed.issues));
    const errors = checkWholeDataset(parsed.output);
    return errors.length ? fail(errors) : { ok: true, dataset: parsed.output, warnings: controlCharacterWarnings(parsed.output) };
  } catch (error) {
    return fail([`The dataset could not be checked: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function fail(errors: string[]): ValidationResult {
  return { ok: false, errors: limitErrors(errors) };
}

/** Rules the schema cannot express alone: equal detail, ids that resolve, dates in order. */
function checkWholeDataset(data: Dataset): string[] {
  const errors: string[] = [];
  const optionIds = uniqueIds(data.options, 'options', errors);
  const criterionIds = uniqueIds(data.criteria, 'criteria', errors);
  const citationIds = uniqueIds(data.citations, 'citations', errors);
  uniqueIds(data.conditions ?? [], 'conditions', errors);
  const used = new Set<string>();
  const withoutShort: string[] = [];
  let anyShort = false;

  const checkCell = (cell: Cell, path: string) => {
    if (isInsufficient(cell)) {
      // Not enough evidence: no credit in the fit, every score possible (see EVIDENCE_LEVELS).
      const [low, high] = INSUFFICIENT_RANGE;
      if (cell.score !== INSUFFICIENT_SCORE) {
        errors.push(
          `${path}.score: a cell with "evidence": "insufficient" must have the score ${INSUFFICIENT_SCORE} (no credit without evidence), got ${cell.score}`,
        );
      }
      if (!cell.range || cell.range[0] !== low || cell.range[1] !== high) {
        errors.push(`${path}.range: a cell with "evidence": "insufficient" must have the range [${low}, ${high}] (every score possible)`);
      }
    }
    if (cell.range) {
      const [low, high] = cell.range;
      if (low > high) errors.push(`${path}.range: low (${low}) is above high (${high})`);
      else if (cell.score < low || cell.score > high) {
        errors.push(`${path}.range: the score ${cell.score} is outside the range [${low}, ${high}]`);
      }
    }
    cell.outcomes?.forEach((outcome, index) => {
      if (!outcome.range) return;
      const [low, high] = outcome.range;
      const where = `${path}.outcomes[${index}].range`;
      if (low >= high) errors.push(`${where}: low (${low}) must be below high (${high}); for one figure, give only count`);
      else if (outcome.count < low || outcome.count > high)
        errors.push(`${where}: the count ${outcome.count} is outside the range [${low}, ${high}]`);
    });
    for (const citation of cell.citations) {
      used.add(citation);
      if (!citationIds.has(citation)) errors.push(`${path}.citations: no citation has the id "${citation}"`);
    }
  };

  const checkCellKeys = (cells: Dataset['cells'], path: string) => {
    for (const [optionId, byCriterion] of Object.entries(cells)) {
      if (!optionIds.has(optionId)) errors.push(`${path}.${optionId}: no option has the id "${optionId}"`);
      for (const [criterionId, cell] of Object.entries(byCriterion)) {
        if (!criterionIds.has(criterionId)) {
          errors.push(`${path}.${optionId}.${criterionId}: no criterion has the id "${criterionId}"`);
        }
        checkCell(cell, `${path}.${optionId}.${criterionId}`);
        if (cell.short === undefined) withoutShort.push(`${path}.${optionId}.${criterionId}`);
        else anyShort = true;
      }
    }
  };

  // Equal detail: every option answers every question.
  for (const option of data.options) {
    for (const criterion of data.criteria) {
      if (!own(own(data.cells, option.id), criterion.id)) {
        errors.push(`cells.${option.id}.${criterion.id}: missing; every option needs a cell for every criterion`);
      }
    }
  }
  checkCellKeys(data.cells, 'cells');
  data.conditions?.forEach((condition, index) => checkCellKeys(condition.cells, `conditions[${index}].cells`));

  // Equal detail in the first view: a short answer in every cell (condition overrides too) or in
  // none; a short name and a one-line description for every option or for none.
  if (anyShort) {
    for (const path of withoutShort)
      errors.push(`${path}.short: missing; when one cell has a short answer, every cell needs one (equal detail)`);
  }
  for (const [field, what] of [
    ['shortLabel', 'a short name'],
    ['brief', 'a one-line description'],
  ] as const) {
    if (!data.options.some((option) => option[field] !== undefined)) continue;
    data.options.forEach((option, index) => {
      if (option[field] === undefined) {
        errors.push(
          `options[${index}].${field}: missing for "${option.id}"; when one option has ${what}, every option needs one (equal detail)`,
        );
      }
    });
  }

  data.citations.forEach((citation, index) => {
    if (!used.has(citation.id)) errors.push(`citations[${index}]: "${citation.id}" is not cited by any cell`);
  });

  if (data.meta.reviewBy <= data.meta.published) {
    errors.push(`meta.reviewBy: must be after meta.published (${data.meta.published}), got ${data.meta.reviewBy}`);
  }
  return errors;
}

function uniqueIds(items: readonly { id: string }[], path: string, errors: string[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) errors.push(`${path}[${index}].id: "${item.id}" is used twice`);
    seen.add(item.id);
  });
  return seen;
}
