/**
 * Invisible control characters in text a patient reads. A bidi override (U+202E) at the end of a
 * clinic's name reverses the sentence it is put into ("... provides TMS" reads backwards), so the
 * disclosure a clinic cannot hide could be garbled. The widget isolates every text it renders, so
 * they can do no harm there; the validator still names each one, as a warning, so that whoever
 * wrote the file can remove it.
 *
 * Warnings, not errors: embeddings and isolates (U+202A-202C, U+2066-2069) have honest uses in
 * right-to-left text mixed with English (editors insert them), and refusing a whole dataset for an
 * invisible character would leave patients with nothing. `treatment-compare validate --strict`
 * makes them fail. Line feeds, tabs and carriage returns are ordinary whitespace and are allowed.
 */

/** C0 controls except tab, line feed and carriage return; DEL and C1 controls; bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const MAX_WARNINGS = 50;

function describe(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return Object.hasOwn(NAMES, code) ? `${hex} ${NAMES[code]}` : `${hex}, a control character`;
}

/** The control characters in one text, described once each: `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function controlCharacters(text: string): string[] {
  const found = new Set<number>();
  for (const match of text.matchAll(CONTROL)) found.add(match[0].charCodeAt(0));
  return [...found].map(describe);
}

/**
 * Every text (and key) in a validated dataset or clinic configuration with control characters in
 * it, as plain warnings that name the place:
 * `clinic name: contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that can change how text reads; remove it`.
 * Walks only what validation kept, which is already bounded.
 */
export function controlCharacterWarnings(value: unknown): string[] {
  const warnings: string[] = [];
  const visit = (node: unknown, path: string, depth: number) => {
    if (warnings.length > MAX_WARNINGS || depth > 32) return;
    if (typeof node === 'string') {
      const found = controlCharacters(node);
      if (found.length)
        warnings.push(`${path || 'text'}: contains ${found.join(', ')}: an invisible character that can change how text reads; remove it`);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        const where = path ? `${path}.${key}` : key;
        if (controlCharacters(key).length) visit(key, `${where} (its name)`, depth + 1);
        visit((node as Record<string, unknown>)[key], where, depth + 1);
      }
    }
  };
  visit(value, '', 0);
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS), '...and more texts with control characters.'];
}
