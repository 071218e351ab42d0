/**
 * `npx treatment-compare validate my-data.json [clinic.json ...] [--dataset my-data.json]`
 * Checks datasets and clinic configurations, prints each problem with its path, and exits 1 when
 * any file has a problem (2 for a usage error). A clinic file's option ids are checked against
 * --dataset, or the first dataset given, or the built-in dataset.
 */
import { readFileSync } from 'node:fs';
import defaultData from '../data/chronic-pain.json';
import { parseClinicJson } from './model/clinic.js';
import { parseDatasetJson, type Dataset } from './model/index.js';

const USAGE = 'usage: treatment-compare validate <file.json>... [--dataset dataset.json]';

export function runCli(args: readonly string[], log: (line: string) => void = console.log): number {
  const [command, ...rest] = args;
  if (command !== 'validate' || rest.length === 0) {
    log(USAGE);
    return 2;
  }
  const files: string[] = [];
  let datasetFile: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--dataset') datasetFile = rest[++i];
    else files.push(rest[i]);
  }
  if (files.length === 0 && !datasetFile) {
    log(USAGE);
    return 2;
  }

  let failed = false;
  const report = (file: string, kind: string, errors: string[] | null, summary = '') => {
    if (!errors) return log(`${file}: valid ${kind}${summary}`);
    failed = true;
    log(`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'} in this ${kind}`);
    for (const error of errors) log(`  ${error}`);
  };
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      report(file, 'file', [`cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
      return undefined;
    }
  };

  // Datasets first, so clinic files can be checked against the options they name.
  const texts = new Map<string, string>();
  for (const file of datasetFile ? [datasetFile, ...files] : files) {
    const text = read(file);
    if (text !== undefined) texts.set(file, text);
  }
  const isClinic = (text: string) => /"provides"\s*:/.test(text) && !/"meta"\s*:/.test(text);
  let reference: string[] | undefined;
  for (const [file, text] of texts) {
    if (isClinic(text)) continue;
    const result = parseDatasetJson(text);
    if (!result.ok) {
      report(file, 'dataset', result.errors);
      continue;
    }
    reference ??= result.dataset.options.map((o) => o.id);
    const { options, criteria, citations } = result.dataset;
    report(file, 'dataset', null, ` (${options.length} options, ${criteria.length} criteria, ${citations.length} citations)`);
  }
  reference ??= (defaultData as unknown as Dataset).options.map((o) => o.id);
  for (const [file, text] of texts) {
    if (!isClinic(text)) continue;
    const result = parseClinicJson(text, reference);
    report(file, 'clinic configuration', result.ok ? null : result.errors);
  }
  return failed ? 1 : 0;
}
