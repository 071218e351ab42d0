/**
 * The code a clinic pastes into its page, in four forms: a page with the module script, a page
 * that cannot run modules (the classic script), React and Vue. Pure: strings in, a string out.
 * Every value is escaped for where it goes; nothing the person typed can end a tag or a script.
 */
export const SNIPPET_KINDS = ['html', 'classic', 'react', 'vue'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface SnippetInput {
  /** The package version the code is pinned to (package.json). */
  version: string;
  attributes: readonly [string, string][];
  /** The clinic's configuration, when there is one. */
  clinic?: unknown;
  /** dist/cdn/integrity.json: file name -> `sha384-...`; undefined when the build has not run. */
  integrity?: Readonly<Record<string, string>>;
}

/** `importMap`: the text inside the code's import map, when it has one (a strict CSP allows it by its hash). */
export type Snippet = { ok: true; text: string; file?: string; importMap?: string } | { ok: false; reason: string };

export const cdnUrl = (version: string, file: string) => `https://cdn.jsdelivr.net/npm/treatment-compare@${version}/dist/cdn/${file}`;

/**
 * The CDN file for a script tag: a Spanish page gets the all-in-one file, whose one `integrity`
 * pins everything it runs with no import map (the module file would load three Spanish files).
 * An English page gets the smaller file, with an import map that pins what it loads later.
 */
export function cdnFile(kind: 'html' | 'classic', lang: string): string {
  const all = lang === 'es' ? '.all' : '';
  return `treatment-compare${all}${kind === 'classic' ? '.iife' : ''}.js`;
}

/** Text for inside a double-quoted HTML attribute. */
export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON that is safe inside <script> (HTML, a Vue file) and in JavaScript: `<` only ever appears
 * inside JSON strings, where `\u003c` means the same, so `</script>` and `<!--` cannot appear.
 */
export const safeJson = (value: unknown, indent: string) =>
  JSON.stringify(value, null, 2)
    // A short list of ids on one line: "provides": ["tms", "physical-therapy"].
    .replace(/\[\s+("[\w-]*"(?:,\s+"[\w-]*")*)\s+\]/g, (_all, items: string) => `[${items.split(/,\s+/).join(', ')}]`)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .split('\n')
    .join(`\n${indent}`);

const htmlAttributes = (attributes: readonly [string, string][]) =>
  attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** React: a plain string literal where it is safe, else a JavaScript string in braces. */
const jsxAttributes = (attributes: readonly [string, string][]) =>
  attributes.map(([name, value]) => ` ${name}=${/^[\w ,:.-]*$/.test(value) ? `"${value}"` : `{${JSON.stringify(value)}}`}`).join('');

function element(input: SnippetInput): string {
  const open = `<treatment-compare${htmlAttributes(input.attributes)}>`;
  if (input.clinic === undefined) return `${open}</treatment-compare>`;
  return `${open}\n  <script type="application/json">\n    ${safeJson(input.clinic, '    ')}\n  </script>\n</treatment-compare>`;
}

function scriptTag(input: SnippetInput, kind: 'html' | 'classic'): Snippet {
  const lang = input.attributes.find(([name]) => name === 'lang')?.[1] ?? '';
  const file = cdnFile(kind, lang);
  const hash = input.integrity?.[file];
  if (!hash) {
    return {
      ok: false,
      reason: input.integrity
        ? `The list of file hashes has no entry for ${file}, so no code is shown: code with a wrong hash would not load.`
        : 'The file hashes are missing: this copy of the setup page was not built. Run "npm run build", then reload this page. No code is shown until then, because code with a wrong hash would not load.',
    };
  }
  const type = kind === 'html' ? ' type="module"' : '';
  const script = `<script${type} src="${cdnUrl(input.version, file)}"\n        integrity="${hash}" crossorigin="anonymous"></script>\n`;
  const importMap = siblingPins(input.version, file, input.integrity!);
  const pins = importMap ? `<script type="importmap">${importMap}</script>\n` : '';
  return { ok: true, text: `${pins}${script}${element(input)}\n`, file, importMap };
}

/** The files a page loads by its script tag; every other CDN file is one they load from next to themselves. */
const SCRIPT_FILE = /^treatment-compare(\.all)?(\.iife)?\.js$/;

/**
 * The import map that pins, by its `integrity`, every file the script may load from next to itself
 * (the dataset's details, Spanish, the checks, counselor mode): the script's own `integrity` covers
 * only the script. All of them, not only those this configuration loads, so a page whose language
 * or attributes change later stays pinned. None for the all-in-one file, which loads nothing more.
 * Browsers without import-map integrity load the files unpinned, as before.
 */
function siblingPins(version: string, file: string, integrity: Readonly<Record<string, string>>): string | undefined {
  if (file.includes('.all.')) return undefined;
  const lines = Object.keys(integrity)
    .filter((name) => !SCRIPT_FILE.test(name))
    .sort()
    .map((name) => `    ${JSON.stringify(cdnUrl(version, name))}: ${JSON.stringify(integrity[name])}`);
  return lines.length ? `\n{ "integrity": {\n${lines.join(',\n')} } }\n` : undefined;
}

function react(input: SnippetInput): string {
  const clinic =
    input.clinic === undefined
      ? ''
      : `\n// Your clinic's facts (checked on the setup page).\nconst clinic = ${safeJson(input.clinic, '')};\n`;
  const prop = input.clinic === undefined ? '' : ' clinic={clinic}';
  return `// First: npm install treatment-compare@${input.version}
import 'treatment-compare';
${clinic}
export function TreatmentChoices() {
  return <treatment-compare${jsxAttributes(input.attributes)}${prop} />;
}
`;
}

function vue(input: SnippetInput): string {
  const clinic =
    input.clinic === undefined
      ? ''
      : `\n// Your clinic's facts (checked on the setup page).\nconst clinic = ${safeJson(input.clinic, '')};`;
  const prop = input.clinic === undefined ? '' : ' :clinic.prop="clinic"';
  return `<!-- First: npm install treatment-compare@${input.version}
     and tell Vue it is a custom element: compilerOptions.isCustomElement: (tag) => tag === 'treatment-compare' -->
<script setup>
import 'treatment-compare';${clinic}
</script>

<template>
  <treatment-compare${htmlAttributes(input.attributes)}${prop} />
</template>
`;
}

export function buildSnippet(kind: SnippetKind, input: SnippetInput): Snippet {
  switch (kind) {
    case 'html':
    case 'classic':
      return scriptTag(input, kind);
    case 'react':
      return { ok: true, text: react(input) };
    case 'vue':
      return { ok: true, text: vue(input) };
  }
}
