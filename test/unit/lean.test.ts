/**
 * Does any view lean? For the shipped dataset, every view (all chronic pain and each condition) is
 * put through the model's own fit (`resolveView` + `computeFit` + `leadersOf`): which option comes
 * out on top at equal priorities, and with one slider at 10 and all others at 0. The table is
 * printed in the test run so a reviewer can see at a glance where each view's numbers point; the
 * assertions fail if a scoring error makes a view lean (issue #13).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFit, leadersOf, localiseDataset, resolveView, validateDataset, type LocalDataset } from '../../src/model/index.js';

const raw = JSON.parse(readFileSync(new URL('../../data/chronic-pain.json', import.meta.url), 'utf8'));
const result = validateDataset(raw);
if (!result.ok) throw new Error('the shipped dataset does not validate');
const dataset: LocalDataset = localiseDataset(result.dataset, ['en']);

const criterionIds = dataset.criteria.map((c) => c.id);
const viewIds: (string | null)[] = [null, ...(dataset.conditions ?? []).map((c) => c.id)];
const CERTAINTY_RANK: Record<string, number> = { 'very low': 0, low: 1, moderate: 2, high: 3 };

interface LeanRow {
  view: string;
  priorities: string;
  leaders: string[];
  fits: Record<string, number>;
}

function weightsFor(only: string | null): Record<string, number> {
  return Object.fromEntries(criterionIds.map((id) => [id, only === null ? 5 : id === only ? 10 : 0]));
}

function leanTable(): LeanRow[] {
  const rows: LeanRow[] = [];
  for (const condition of viewIds) {
    const view = resolveView(dataset, { condition });
    for (const only of [null, ...criterionIds]) {
      const fit = computeFit(view, weightsFor(only));
      const leaders = leadersOf(fit.fits.map((f) => f.fit)).map((i) => fit.fits[i].optionId);
      rows.push({
        view: condition ?? 'general',
        priorities: only === null ? 'equal' : `${only} only`,
        leaders,
        fits: Object.fromEntries(fit.fits.map((f) => [f.optionId, Math.round(f.fit)])),
      });
    }
  }
  return rows;
}

function formatTable(rows: LeanRow[]): string {
  const optionIds = dataset.options.map((o) => o.id);
  const header = ['view', 'priorities', 'leads', ...optionIds];
  const lines = rows.map((r) => [r.view, r.priorities, r.leaders.join(' = '), ...optionIds.map((id) => String(r.fits[id]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}

describe('lean table: who leads in each view (issue #13)', () => {
  const rows = leanTable();

  it('is computed for every view, every single-priority setting and all options, and printed', () => {
    console.log(`\nWho leads (fit 0-100 per option; "equal" = every slider at 5; "X only" = X at 10, others 0)\n${formatTable(rows)}\n`);
    expect(rows).toHaveLength(viewIds.length * (criterionIds.length + 1));
    for (const row of rows) {
      expect(Object.keys(row.fits)).toEqual(dataset.options.map((o) => o.id));
      expect(row.leaders.length).toBeGreaterThan(0);
      for (const fit of Object.values(row.fits)) expect(Number.isFinite(fit)).toBe(true);
    }
  });

  it('applies the effectiveness rubric: a 4 needs at least moderate certainty, a 5 needs high', () => {
    const wrong: string[] = [];
    for (const condition of viewIds) {
      const view = resolveView(dataset, { condition });
      const c = view.criteria.findIndex((criterion) => criterion.id === 'effectiveness');
      view.options.forEach((option, o) => {
        const cell = view.cells[o][c];
        const needed = cell.score >= 5 ? 'high' : cell.score >= 4 ? 'moderate' : 'very low';
        if (CERTAINTY_RANK[cell.certainty] < CERTAINTY_RANK[needed])
          wrong.push(`${condition ?? 'general'}:${option.id} scores ${cell.score} with ${cell.certainty} certainty`);
      });
    }
    expect(wrong).toEqual([]);
  });

  // A statement about the evidence reviewed (data/EVIDENCE.md), not a rule of the model: if a review
  // ever finds TMS better supported than medicines in some condition, change this test on purpose.
  it('never rates TMS as more effective than medicines: in no view reviewed is its evidence stronger', () => {
    const leaning: string[] = [];
    for (const condition of viewIds) {
      const view = resolveView(dataset, { condition });
      const c = view.criteria.findIndex((criterion) => criterion.id === 'effectiveness');
      const score = (id: string) => view.cells[view.options.findIndex((o) => o.id === id)][c].score;
      if (score('tms') > score('medication'))
        leaning.push(`${condition ?? 'general'}: TMS ${score('tms')} > medication ${score('medication')}`);
    }
    expect(leaning).toEqual([]);
  });

  it('with effectiveness as the only priority, TMS does not lead alone in any view', () => {
    const tmsAlone = rows.filter((r) => r.priorities === 'effectiveness only' && r.leaders.length === 1 && r.leaders[0] === 'tms');
    expect(tmsAlone.map((r) => r.view)).toEqual([]);
  });
});
