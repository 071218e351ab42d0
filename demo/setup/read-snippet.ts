/**
 * Pasted code -> the element's attributes and the text of its clinic block. Parsed with DOMParser
 * into a separate, inert document: nothing pasted is inserted into this page, and no script in it runs.
 */
import type { SnippetParts } from './snippet-state.js';

export function readSnippet(code: string): SnippetParts | { error: string } {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  const element = doc.querySelector('treatment-compare');
  if (!element) return { error: 'No <treatment-compare> element was found in what you pasted. Paste the whole code from your page.' };
  const block = element.querySelector(':scope > script[type="application/json" i]');
  return {
    attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value] as [string, string]),
    clinicText: block ? (block.textContent ?? '') : undefined,
  };
}
