/** The built package as a consumer sees it: exports, manifest, framework types and the validate command. */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** `tsc -p project` in the background: its exit status and everything it printed. */
function tsc(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project]);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('package', () => {
  it('points every export, types, bin and CDN field at a built file', () => {
    const targets = [pkg.main, pkg.module, pkg.types, pkg.jsdelivr, pkg.unpkg, pkg.customElements, ...Object.values(pkg.bin)];
    for (const entry of Object.values(pkg.exports)) targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
    for (const target of targets) assert.ok(existsSync(target), `${target} exists`);
  });

  it('describes the element in custom-elements.json from its JSDoc', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    const root = declarations.find((d) => d.tagName === 'treatment-compare');
    assert.ok(root, 'treatment-compare is in the manifest');
    assert.deepEqual(root.events.map((e) => e.name).sort(), [
      'dataset-error',
      'ranking-change',
      'stage-change',
      'sure-change',
      'weights-change',
    ]);
    assert.equal(root.events.find((e) => e.name === 'weights-change').type.text, 'WeightsChangeDetail');
    const attributes = root.attributes.map((a) => a.name);
    for (const name of ['src', 'mode', 'condition', 'options', 'weights']) assert.ok(attributes.includes(name), `attribute ${name}`);
    assert.ok(root.cssParts.some((p) => p.name === 'grid'));
    assert.ok(root.cssProperties.some((p) => p.name === '--tc-accent'));
  });

  it('ships JSX and Vue element types generated from the manifest', () => {
    assert.match(readFileSync('dist/types/jsx.d.ts', 'utf8'), /"treatment-compare"/);
    assert.match(readFileSync('dist/types/vue.d.ts', 'utf8'), /"treatment-compare"/);
  });

  // Both compilations start at once (seconds each), and each test waits for its own.
  const compiled = {};
  before(() => {
    for (const project of ['test/e2e/types/tsconfig.json', 'test/e2e/types/tsconfig.vue.json']) compiled[project] = tsc(project);
  });
  for (const [framework, project] of [
    ['a JSX framework', 'test/e2e/types/tsconfig.json'],
    ['Vue 3', 'test/e2e/types/tsconfig.vue.json'],
  ]) {
    it(`gives ${framework} typed attributes and event details that compile with tsc (and reject wrong ones)`, async () => {
      const { status, output } = await compiled[project];
      assert.equal(status, 0, output);
    });
  }

  it('runs `treatment-compare validate` from the built file', () => {
    const ok = execFileSync('node', ['dist/cli.js', 'validate', 'data/chronic-pain.json'], { encoding: 'utf8' });
    assert.match(ok, /valid dataset \(5 options, 7 criteria/);
    const bad = spawnSync('node', ['dist/cli.js', 'validate', 'test/hostile/bad-numbers.json'], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /cells\.tms\.cost\.score: expected a whole number from 1 to 5, got -3/);
  });

  it('keeps the npm module free of bundled dependencies', () => {
    const code = readFileSync('dist/treatment-compare.js', 'utf8');
    assert.match(code, /from ["']lit["']/);
    assert.doesNotMatch(code, /class ReactiveElement|function html\(/, 'Lit is imported, not bundled');
  });
});
