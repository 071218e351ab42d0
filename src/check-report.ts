/**
 * What `treatment-compare validate` says about a file, as pure functions (no Node, no DOM), so the
 * command and the setup page (demo/setup.html, which checks a dropped file in the browser) print the
 * same lines: `file: 2 problems in this dataset`, then each problem with its path.
 */
import { MAX_CLINIC_CHARS, validateClinic } from './model/clinic.js';
import { readJson } from './model/issues.js';
import { MAX_DATASET_CHARS, validateDataset, type Dataset } from './model/index.js';

/** Five short names must fit side by side on a 320 px phone: at most this many characters each. */
export const SHORT_LABEL_FIT = 16;

/** Why a file longer than `maxChars` characters is not read. */
export const tooLargeMessage = (maxChars: number) => `is too large: at most ${maxChars.toLocaleString('en')} characters`;

/**
 * What a valid dataset gives the first view (#11), for the summary line, and a warning for each
 * short name too long for five narrow columns (the schema allows up to 120 characters).
 */
export function firstViewSummary(data: Dataset): { summary: string; warnings: string[] } {
  const cells = [data.cells, ...(data.conditions ?? []).map((c) => c.cells)].flatMap((byOption) =>
    Object.values(byOption).flatMap((byCriterion) => Object.values(byCriterion)),
  );
  const shorts = cells.filter((cell) => cell.short !== undefined).length;
  const names = data.options.filter((o) => o.shortLabel !== undefined).length;
  const briefs = data.options.filter((o) => o.brief !== undefined).length;
  const parts = [
    shorts && `short answers in all ${shorts} cells`,
    names && `short names for all ${names} options`,
    briefs && `one-line descriptions for all ${briefs} options`,
  ].filter(Boolean);
  const warnings: string[] = [];
  data.options.forEach((option, index) => {
    const label = option.shortLabel;
    const texts =
      label === undefined ? [] : typeof label === 'string' ? [['', label]] : Object.entries(label).map(([k, t]) => [`.${k}`, t]);
    for (const [lang, text] of texts) {
      if (text.length > SHORT_LABEL_FIT) {
        warnings.push(
          `options[${index}].shortLabel${lang}: "${text}" has ${text.length} characters; at most ${SHORT_LABEL_FIT} fit five columns on a phone`,
        );
      }
    }
  });
  return { summary: parts.length ? `; first view: ${parts.join(', ')}` : '', warnings };
}

/** A parsed file's kind from its top-level keys, when that is unambiguous. */
export function kindOf(value: unknown): 'dataset' | 'clinic' | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'dataset';
  const meta = Object.hasOwn(value, 'meta');
  const provides = Object.hasOwn(value, 'provides');
  if (meta === provides) return meta ? undefined : 'dataset';
  return provides ? 'clinic' : 'dataset';
}

export const BOTH_KINDS =
  'it has both "meta" and "provides": say whether it is a dataset or a clinic configuration with --dataset or --clinic';

/** The lines for one file: its problems (`errors`), or that it is valid, with any warnings. */
export function reportLines(file: string, kind: string, errors: readonly string[] | null, summary = '', warnings: readonly string[] = []) {
  if (errors) {
    return [`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'} in this ${kind}`, ...errors.map((error) => `  ${error}`)];
  }
  const count = warnings.length ? `, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '';
  return [`${file}: valid ${kind}${summary}${count}`, ...warnings.map((warning) => `  warning: ${warning}`)];
}

/** A dataset's check: its problems, or the summary line's figures, its warnings and its option ids. */
export function checkDataset(value: unknown) {
  const result = validateDataset(value);
  if (!result.ok) return { errors: result.errors, summary: '', warnings: [], optionIds: undefined };
  const { options, criteria, citations } = result.dataset;
  const firstView = firstViewSummary(result.dataset);
  return {
    errors: null,
    summary: ` (${options.length} options, ${criteria.length} criteria, ${citations.length} citations${firstView.summary})`,
    warnings: [...result.warnings, ...firstView.warnings],
    optionIds: options.map((o) => o.id),
  };
}

/** A clinic configuration's check (`length`: its text's), against the options of the dataset it goes with. */
export function checkClinic(value: unknown, length: number, optionIds: readonly string[]) {
  if (length > MAX_CLINIC_CHARS) {
    return { errors: [`The clinic configuration is too large: at most ${MAX_CLINIC_CHARS} characters, got ${length}.`], warnings: [] };
  }
  const result = validateClinic(value, optionIds);
  return result.ok ? { errors: null, warnings: result.warnings } : { errors: result.errors, warnings: [] };
}

/**
 * One file's text, checked as the command checks it when given without --dataset or --clinic: a
 * dataset or a clinic configuration by its top-level keys, a clinic's option ids against `optionIds`.
 * `failed`: the command would exit 1 (with `strict`, warnings count too).
 */
export function checkFileText(file: string, text: string, optionIds: readonly string[], strict = false) {
  const done = (lines: string[], failed: boolean) => ({ lines, failed });
  if (text.length > MAX_DATASET_CHARS) return done(reportLines(file, 'file', [tooLargeMessage(MAX_DATASET_CHARS)]), true);
  const json = readJson(text, 'The dataset', MAX_DATASET_CHARS);
  if (!json.ok) return done(reportLines(file, 'dataset', json.errors), true);
  const kind = kindOf(json.value);
  if (!kind) return done(reportLines(file, 'file', [BOTH_KINDS]), true);
  if (kind === 'dataset') {
    const { errors, summary, warnings } = checkDataset(json.value);
    return done(reportLines(file, 'dataset', errors, summary, warnings), Boolean(errors) || (strict && warnings.length > 0));
  }
  const { errors, warnings } = checkClinic(json.value, text.length, optionIds);
  return done(reportLines(file, 'clinic configuration', errors, '', warnings), Boolean(errors) || (strict && warnings.length > 0));
}
