import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
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
});
