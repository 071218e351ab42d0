/**
 * `npm test`: type check, unit tests, browser tests, build, size budget, end-to-end tests.
 * Stops at the first failing step and ends with one line: `tests: N passed, M failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const totals = { passed: 0, failed: 0 };
mkdirSync('reports', { recursive: true });

function run(label, command, args, report) {
  console.log(`\n── ${label} ──`);
  if (report) rmSync(report.file, { force: true });
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (report && existsSync(report.file)) {
    const counts = report.read(JSON.parse(readFileSync(report.file, 'utf8')));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  if (result.status !== 0) {
    console.log(`\n${label} failed.`);
    finish(result.status || 1);
  }
}

function finish(code) {
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

const E2E_CONCURRENCY = Math.max(2, Math.min(4, availableParallelism()));
const hasFiles = (dir, pattern) => existsSync(dir) && readdirSync(dir).some((f) => pattern.test(f));

run('browser', 'node', ['scripts/ensure-browser.mjs']);
run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
run('import cycles', 'node', ['scripts/check-cycles.mjs']);
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'], {
  file: 'reports/unit.json',
  read: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
});
run('browser tests', 'npx', ['wtr'], { file: 'reports/browser.json', read: (r) => r });
run('build', 'node', ['scripts/build.mjs']);
run('size', 'node', ['scripts/size-budget.mjs']);
if (hasFiles('test/e2e', /\.test\.mjs$/)) {
  run(
    'end-to-end tests',
    'node',
    [
      '--test',
      // Test files side by side (two, up to four on machines with more cores): each has its own
      // browser and server and spends much of its time waiting on the browser.
      `--test-concurrency=${E2E_CONCURRENCY}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-test-counter.mjs',
      '--test-reporter-destination=reports/e2e.json',
      'test/e2e/',
    ],
    {
      file: 'reports/e2e.json',
      read: (r) => r,
    },
  );
}
finish(0);
