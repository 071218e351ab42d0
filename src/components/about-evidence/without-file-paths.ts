/**
 * A dataset's method text may point its editors to a file in the repository ("the evidence
 * document (data/EVIDENCE.md)"). A patient cannot open a repository path and should not meet one,
 * so paths are taken out of what is shown; the words around them already say what the file holds.
 */

/** A relative path of one or more folders and a file with an extension, e.g. `data/EVIDENCE.md`. */
const PATH = String.raw`(?:\.{0,2}\/)?(?:[\w-]+\/)+[\w.-]+\.[A-Za-z]{1,5}`;
/** "(data/EVIDENCE.md)" and "(data/EVIDENCE.md, en inglés)": the path and its comma go, the rest stays. */
const IN_BRACKETS = new RegExp(String.raw`\s*\(\s*${PATH}\s*(?:,\s*([^)]*))?\)`, 'g');
/** A path on its own in the sentence; web addresses are left alone (they have "://" before the path). */
const BARE = new RegExp(String.raw`(?<![:/\w.])${PATH}`, 'g');

export function withoutFilePaths(text: string): string {
  return text
    .replace(IN_BRACKETS, (_match, rest: string | undefined) => (rest ? ` (${rest.trim()})` : ''))
    .replace(BARE, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,;:])/g, '$1');
}
