import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, SHORT_LABEL_FIT } from '../../src/cli.js';
import { generateDataset } from '../support/generate-dataset.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const run = (...args: string[]) => {
  const lines: string[] = [];
  const code = runCli(args, (line) => lines.push(line));
  return { code, lines };
};

describe('treatment-compare validate', () => {
  it('passes a valid dataset', () => {
    const path = file('good.json', generateDataset(3, 2));
    expect(run('validate', path)).toEqual({ code: 0, lines: [`${path}: valid dataset (3 options, 2 criteria, 1 citations)`] });
  });

  it('says what the first view gets: short answers, short names, one-line descriptions', () => {
    const data = generateDataset(2, 2);
    for (const byCriterion of Object.values(data.cells)) for (const cell of Object.values(byCriterion)) cell.short = 'In a dozen words.';
    data.options.forEach((option, i) => Object.assign(option, { shortLabel: { en: `Option ${i + 1}` }, brief: 'What it is.' }));
    const path = file('first-view.json', data);
    expect(run('validate', path)).toEqual({
      code: 0,
      lines: [
        `${path}: valid dataset (2 options, 2 criteria, 1 citations; first view: short answers in all 4 cells, short names for all 2 options, one-line descriptions for all 2 options)`,
      ],
    });
    expect(run('validate', 'data/chronic-pain.json').lines).toEqual([
      'data/chronic-pain.json: valid dataset (5 options, 7 criteria, 50 citations; first view: short answers in all 58 cells, short names for all 5 options, one-line descriptions for all 5 options)',
    ]);
  });

  it('warns when a short name is too long for five columns on a phone, and fails with --strict', () => {
    const data = generateDataset(2, 1);
    data.options[0].shortLabel = { en: 'Physical therapy', es: 'Terapia física y ejercicio' };
    data.options[1].shortLabel = 'Medicines';
    const path = file('long-name.json', data);
    const warning = `  warning: options[0].shortLabel.es: "Terapia física y ejercicio" has 26 characters; at most ${SHORT_LABEL_FIT} fit five columns on a phone`;
    expect(run('validate', path)).toEqual({
      code: 0,
      lines: [
        `${path}: valid dataset (2 options, 1 criteria, 1 citations; first view: short names for all 2 options), with 1 warning`,
        warning,
      ],
    });
    expect(run('validate', path, '--strict').code).toBe(1);
  });

  it('prints each problem with its path and exits 1', () => {
    const data = generateDataset(2, 1) as any;
    data.cells['option-1']['criterion-1'].score = 9;
    const path = file('bad.json', data);
    const { code, lines } = run('validate', path);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${path}: 1 problem in this dataset`,
      '  cells.option-1.criterion-1.score: expected a whole number from 1 to 5, got 9',
    ]);
  });

  it('checks a clinic configuration against the dataset given with it', () => {
    const dataset = file('d.json', generateDataset(2, 1));
    const clinic = file('clinic.json', { name: 'C', provides: ['tms'], checked: '2026-01-01' });
    const { code, lines } = run('validate', clinic, '--dataset', dataset);
    expect(code).toBe(1);
    expect(lines).toContain('  provides[0]: no option has the id "tms"');
  });

  it('checks a clinic configuration against the built-in dataset by default', () => {
    const clinic = file('clinic-ok.json', { name: 'C', provides: ['tms'], checked: '2026-01-01' });
    expect(run('validate', clinic)).toEqual({ code: 0, lines: [`${clinic}: valid clinic configuration`] });
  });

  it('explains unreadable and malformed files', () => {
    expect(run('validate', join(dir, 'missing.json')).lines[1]).toBe('  cannot read it: ENOENT');
    expect(run('validate', file('broken.json', '{"meta":')).lines[1]).toMatch(/^ {2}The dataset is not valid JSON/);
  });

  it('shows usage for a wrong command', () => {
    expect(run('check').code).toBe(2);
    expect(run('validate').code).toBe(2);
  });

  it('prints usage for --help and exits 0', () => {
    const { code, lines } = run('validate', '--help');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^usage: treatment-compare validate/);
    expect(run('--help').code).toBe(0);
    expect(run('validate', '--nonsense', 'x.json').code).toBe(2);
    expect(run('validate', '--clinic').code).toBe(2);
  });

  it('refuses devices, pipes and folders at once, without reading them', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', '/dev/urandom', fifo]) {
      const start = performance.now();
      const { code, lines } = run('validate', path);
      const ms = performance.now() - start;
      console.log(`validate ${path}: exit ${code} in ${ms.toFixed(1)} ms`);
      expect(code).toBe(1);
      expect(lines).toEqual([
        `${path}: 1 problem in this file`,
        '  cannot read it: not a regular file (a device, pipe or socket); give a .json file',
      ]);
      expect(ms).toBeLessThan(2000);
    }
    expect(run('validate', dir).lines[1]).toBe('  cannot read it: it is a folder, not a file');
  });

  it('stops reading at the limit', () => {
    const big = file('big.json', `["${'x'.repeat(2_000_001)}"]`);
    expect(run('validate', big)).toEqual({
      code: 1,
      lines: [`${big}: 1 problem in this file`, '  is too large: at most 2,000,000 characters'],
    });
  });

  it('accepts a file with a byte order mark, as the widget does', () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify(generateDataset(2, 1))}`);
    expect(run('validate', path)).toEqual({ code: 0, lines: [`${path}: valid dataset (2 options, 1 criteria, 1 citations)`] });
  });

  it('takes --clinic for a clinic whose facts name an option "meta", and asks when a file could be either', () => {
    const clinic = { name: 'C', provides: ['tms'], facts: { meta: { price: '$1' } }, checked: '2026-01-01' };
    const path = file('clinic-meta.json', clinic);
    expect(run('validate', '--clinic', path)).toEqual({
      code: 1,
      lines: [`${path}: 1 problem in this clinic configuration`, '  facts.meta: no option has the id "meta"'],
    });
    // Detection reads top-level keys, not text anywhere in the file.
    expect(run('validate', path).lines[0]).toBe(`${path}: 1 problem in this clinic configuration`);
    const both = file('both.json', { ...clinic, meta: {} });
    expect(run('validate', both).lines).toEqual([
      `${both}: 1 problem in this file`,
      '  it has both "meta" and "provides": say whether it is a dataset or a clinic configuration with --dataset or --clinic',
    ]);
    expect(run('validate', '--clinic', both).lines[0]).toBe(`${both}: 1 problem in this clinic configuration`);
  });

  it('prints warnings for control characters, and fails on them with --strict', () => {
    const path = file('bidi.json', { name: 'Lakeside\u202E', provides: ['tms'], checked: '2026-01-01' });
    expect(run('validate', path)).toEqual({
      code: 0,
      lines: [
        `${path}: valid clinic configuration, with 1 warning`,
        '  warning: name: contains U+202E RIGHT-TO-LEFT OVERRIDE: an invisible character that can change how text reads; remove it',
      ],
    });
    expect(run('validate', '--strict', path).code).toBe(1);
  });
});
