/**
 * `npm run check:cycles`: fails on any import cycle in src/, at two levels.
 * - Files: a.ts imports b.ts which (through any chain) imports a.ts.
 * - Parts: src/model, src/i18n, src/components, src/styles, and each file at the top of src/ (such as
 *   lazy.ts) are the parts of the architecture; a part that imports another which imports it back is
 *   a cycle even when no single file is (model/localise.ts → i18n/text.ts while i18n/en.ts → model/).
 * And on the one layering rule, also enforced by ESLint for editors: src/model/ imports only
 * src/model/ (and data), never src/i18n/ or src/components/.
 *
 * The graph comes from madge (the maintained dependency-graph tool: TypeScript resolution through
 * tsconfig.json, `.js` specifiers mapped to `.ts`, dynamic `import()` included, a JSON API for the
 * part-level check). Tests are left out: a test may import the public entry and its helpers.
 *
 * What fails: cycles through static imports of values (what decides the order modules run in).
 * Type-only and dynamic `import()` edges are printed as well, for information: today the one
 * part-level cycle through them is i18n/ ⇄ lazy.ts (lazy.ts names the catalog types and loads
 * Spanish on demand; i18n/messages.ts asks lazy.ts for the loader), which injecting the loaders
 * from the entry would remove.
 */
import madge from 'madge';

const options = { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', excludeRegExp: [/\.json$/, /\.test\.ts$/] };
const all = await madge('src', options);
const result = await madge('src', { ...options, detectiveOptions: { ts: { skipTypeImports: true, skipAsyncImports: true } } });
const graph = result.obj();

/** The part a file belongs to: its folder under src/, or the file itself at the top of src/. */
const partOf = (file) => (file.includes('/') ? `${file.split('/')[0]}/` : file);

/** Strongly connected components with more than one member (Tarjan). */
function cycles(nodes, edges) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of edges(v)) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of nodes) if (!info.has(v)) visit(v);
  return found;
}

let failures = 0;

const fileCycles = result.circular();
console.log(`Import cycles between files in src/: ${fileCycles.length}`);
for (const cycle of fileCycles) console.log(`  ${[...cycle, cycle[0]].join(' → ')}`);
failures += fileCycles.length;

function partCyclesOf(graph) {
  const partEdges = new Map();
  for (const [file, imports] of Object.entries(graph)) {
    for (const target of imports) {
      const [from, to] = [partOf(file), partOf(target)];
      if (from === to) continue;
      if (!partEdges.has(from)) partEdges.set(from, new Map());
      if (!partEdges.get(from).has(to)) partEdges.get(from).set(to, []);
      partEdges.get(from).get(to).push(`${file} → ${target}`);
    }
  }
  const parts = [...new Set(Object.keys(graph).map(partOf))].sort();
  const partCycles = cycles(parts, (p) => [...(partEdges.get(p)?.keys() ?? [])]);
  const print = () => {
    for (const component of partCycles) {
      console.log(`  ${component.join(' ⇄ ')}, through:`);
      for (const from of component)
        for (const [to, via] of partEdges.get(from) ?? []) if (component.includes(to)) for (const edge of via) console.log(`    ${edge}`);
    }
  };
  return { partCycles, print };
}
const gated = partCyclesOf(graph);
console.log(`Import cycles between parts of src/ (folders, and files at its top), static value imports: ${gated.partCycles.length}`);
gated.print();
failures += gated.partCycles.length;
const info = partCyclesOf(all.obj());
console.log(`  with type-only and dynamic imports too (information): ${info.partCycles.length}`);
info.print();

const layering = Object.entries(graph).flatMap(([file, imports]) =>
  file.startsWith('model/') ? imports.filter((t) => /^(i18n|components)\//.test(t)).map((t) => `${file} → ${t}`) : [],
);
console.log(`src/model/ importing src/i18n/ or src/components/: ${layering.length}`);
for (const edge of layering) console.log(`  ${edge}`);
failures += layering.length;

if (failures > 0) {
  console.log(`\ncheck:cycles failed: ${failures} problem(s) above.`);
  process.exit(1);
}
console.log('\nNo import cycles; the model stands alone.');
