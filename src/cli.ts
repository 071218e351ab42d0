/**
 * `npx treatment-compare validate [dataset.json ...] [--clinic clinic.json ...] [--dataset dataset.json] [--strict]`
 * Checks datasets and clinic configurations, prints each problem with its path, and exits 1 when
 * any file has a problem (2 for a usage error). A clinic file's option ids are checked against
 * --dataset, or the first dataset given, or the built-in dataset.
 *
 * Files are read as the widget reads `src`: at most MAX_DATASET_CHARS characters, and reading stops
 * there (an endless or huge file costs no more than the limit); only regular files are read (not
 * devices such as /dev/zero, pipes or folders). A byte order mark at the start is ignored.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import defaultData from '../data/chronic-pain.json';
import { BOTH_KINDS, checkClinic, checkDataset, kindOf, reportLines, tooLargeMessage } from './check-report.js';
import { MAX_CLINIC_CHARS } from './model/clinic.js';
import { readJson } from './model/issues.js';
import { MAX_DATASET_CHARS, type Dataset } from './model/index.js';

export { firstViewSummary, SHORT_LABEL_FIT } from './check-report.js';

export const USAGE = [
  'usage: treatment-compare validate [file.json ...] [--clinic clinic.json ...] [--dataset dataset.json] [--strict]',
  '',
  '  file.json            a dataset or a clinic configuration: a file with "meta" and no "provides" is a',
  '                       dataset, one with "provides" and no "meta" a clinic configuration; for any other',
  '                       file, say which with --dataset or --clinic',
  '  --dataset FILE       a dataset; clinic configurations are checked against its options',
  '  --clinic FILE        a clinic configuration',
  '  --strict             warnings (such as invisible control characters in text, or a short name',
  '                       too long for a phone) fail too',
  '  --help               this text',
  '',
  'Exits 0 when every file is valid, 1 when any has a problem, 2 for a usage error.',
].join('\n');

type Kind = 'dataset' | 'clinic' | 'auto';

type Read = { ok: true; text: string } | { ok: false; error: string };

const BYTES_PER_CHAR = 4; // the most a character takes in UTF-8
const CHUNK = 64 * 1024;

/**
 * A file's text, at most `maxChars` characters: refused when it is not a regular file or when it
 * is longer (reading stops at the limit). Never blocks on a pipe with no writer.
 */
export function readFileCapped(file: string, maxChars: number): Read {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, error: 'cannot read it: it is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, error: 'cannot read it: not a regular file (a device, pipe or socket); give a .json file' };
    const maxBytes = maxChars * BYTES_PER_CHAR + 3;
    const tooLarge: Read = { ok: false, error: tooLargeMessage(maxChars) };
    if (stat.size > maxBytes) return tooLarge;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return tooLarge; // the file grew while being read
    }
    const text = new TextDecoder().decode(Buffer.concat(chunks, total)); // drops a byte order mark
    return text.length > maxChars ? tooLarge : { ok: true, text };
  } catch (error) {
    return { ok: false, error: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  } finally {
    closeSync(fd);
  }
}

export function runCli(args: readonly string[], log: (line: string) => void = console.log): number {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
    log(USAGE);
    return 0;
  }
  if (command !== 'validate') {
    log(USAGE);
    return 2;
  }
  const files: { file: string; kind: Kind }[] = [];
  let datasetFile: string | undefined;
  let strict = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--strict') strict = true;
    else if (arg === '--dataset' || arg === '--clinic') {
      const file = rest[++i];
      if (file === undefined || file.startsWith('--')) {
        log(`${arg} needs a file`);
        log(USAGE);
        return 2;
      }
      if (arg === '--dataset') datasetFile = file;
      else files.push({ file, kind: 'clinic' });
    } else if (arg.startsWith('--')) {
      log(`unknown option ${arg}`);
      log(USAGE);
      return 2;
    } else files.push({ file: arg, kind: 'auto' });
  }
  if (datasetFile !== undefined) files.unshift({ file: datasetFile, kind: 'dataset' });
  if (files.length === 0) {
    log(USAGE);
    return 2;
  }

  let failed = false;
  const report = (file: string, kind: string, errors: string[] | null, summary = '', warnings: string[] = []) => {
    reportLines(file, kind, errors, summary, warnings).forEach((line) => log(line));
    if (errors || (strict && warnings.length)) failed = true;
  };

  // Read and parse every file; datasets are checked first, so clinic files can be checked against the options they name.
  const parsed: { file: string; kind: 'dataset' | 'clinic'; value: unknown; length: number }[] = [];
  for (const { file, kind } of files) {
    const read = readFileCapped(file, MAX_DATASET_CHARS);
    if (!read.ok) {
      report(file, kind === 'clinic' ? 'clinic configuration' : kind === 'dataset' ? 'dataset' : 'file', [read.error]);
      continue;
    }
    const what = kind === 'clinic' ? 'The clinic configuration' : 'The dataset';
    const json = readJson(read.text, what, kind === 'clinic' ? MAX_CLINIC_CHARS : MAX_DATASET_CHARS);
    if (!json.ok) {
      report(file, kind === 'clinic' ? 'clinic configuration' : 'dataset', json.errors);
      continue;
    }
    const resolved = kind === 'auto' ? kindOf(json.value) : kind;
    if (!resolved) {
      report(file, 'file', [BOTH_KINDS]);
      continue;
    }
    parsed.push({ file, kind: resolved, value: json.value, length: read.text.length });
  }

  let reference: string[] | undefined;
  for (const { file, kind, value } of parsed) {
    if (kind !== 'dataset') continue;
    const { errors, summary, warnings, optionIds } = checkDataset(value);
    report(file, 'dataset', errors, summary, warnings);
    reference ??= optionIds;
  }
  reference ??= (defaultData as unknown as Dataset).options.map((o) => o.id);
  for (const { file, kind, value, length } of parsed) {
    if (kind !== 'clinic') continue;
    const { errors, warnings } = checkClinic(value, length, reference);
    report(file, 'clinic configuration', errors, '', warnings);
  }
  return failed ? 1 : 0;
}
