/** The four tabs of code to copy: each panel's read-only box, its Copy button and its status line. */
import { copyCode } from './copy.js';
import { buildSnippet, SNIPPET_KINDS, type SnippetInput } from './snippet.js';
import { setUpTabs } from './tabs.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setUpSnippetPanels() {
  setUpTabs(byId('snippet-tabs'));
  for (const kind of SNIPPET_KINDS) {
    byId(`copy-${kind}`).addEventListener('click', () => void copyCode(byId(`code-${kind}`), byId(`status-${kind}`)));
  }
}

export function updateSnippets(input: SnippetInput) {
  for (const kind of SNIPPET_KINDS) {
    const snippet = buildSnippet(kind, input);
    const box = byId<HTMLTextAreaElement>(`code-${kind}`);
    const missing = byId(`missing-${kind}`);
    const copy = byId<HTMLButtonElement>(`copy-${kind}`);
    box.value = snippet.ok ? snippet.text : '';
    box.rows = Math.min(24, Math.max(3, box.value.split('\n').length));
    box.hidden = copy.hidden = !snippet.ok;
    missing.hidden = snippet.ok;
    missing.textContent = snippet.ok ? '' : snippet.reason;
    byId(`status-${kind}`).textContent = '';
  }
}
