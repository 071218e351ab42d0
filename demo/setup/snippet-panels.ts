/** The four tabs of code to copy: each panel's Copy button, its status line and its read-only box. */
import { html, render } from 'lit';
import { copyCode } from './copy.js';
import { buildSnippet, type SnippetInput, type SnippetKind } from './snippet.js';
import { setUpTabs } from './tabs.js';

const PANELS: readonly { kind: SnippetKind; tab: string; box: string; about: string }[] = [
  {
    kind: 'html',
    tab: 'Web page',
    box: 'Code for a web page',
    about: 'For most websites and page builders. Paste it where the comparison should appear, in a block that accepts HTML.',
  },
  {
    kind: 'classic',
    tab: 'Older page',
    box: 'Code for an older web page',
    about: 'Use this only if the first code does not work on your site (some older systems do not allow type="module").',
  },
  {
    kind: 'react',
    tab: 'React',
    box: 'Code for React',
    about: 'For a developer whose site is built with React 19. It installs the package from npm.',
  },
  {
    kind: 'vue',
    tab: 'Vue',
    box: 'Code for Vue',
    about: 'For a developer whose site is built with Vue 3. It installs the package from npm.',
  },
];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function setUpSnippetPanels(host: HTMLElement) {
  render(
    html`<div role="tablist" id="snippet-tabs" aria-label="Kind of page">
        ${PANELS.map(
          ({ kind, tab }, i) =>
            html`<button type="button" role="tab" id=${`tab-${kind}`} aria-controls=${`panel-${kind}`} aria-selected=${String(i === 0)}>
              ${tab}
            </button>`,
        )}
      </div>
      ${PANELS.map(
        ({ kind, box, about }) =>
          html`<div role="tabpanel" id=${`panel-${kind}`} aria-labelledby=${`tab-${kind}`} tabindex="0">
            <p>${about}</p>
            <p id=${`missing-${kind}`} class="problem" hidden></p>
            <button type="button" id=${`copy-${kind}`} class="copy">Copy the code</button>
            <p id=${`status-${kind}`} role="status"></p>
            <label for=${`code-${kind}`}>${box}</label>
            <textarea id=${`code-${kind}`} class="code" readonly spellcheck="false"></textarea>
            <p id=${`csp-${kind}`} class="csp-hash" hidden></p>
          </div>`,
      )}`,
    host,
  );
  setUpTabs(byId('snippet-tabs'));
  for (const { kind } of PANELS) {
    byId(`copy-${kind}`).addEventListener('click', () => void copyCode(byId(`code-${kind}`), byId(`status-${kind}`)));
  }
}

export function updateSnippets(input: SnippetInput) {
  for (const { kind } of PANELS) {
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
    void showCspHash(byId(`csp-${kind}`), snippet.ok ? snippet.importMap : undefined);
  }
}

/**
 * Under a Content-Security-Policy without 'unsafe-inline', the code's import map runs only if the
 * policy names its hash: say which. The line goes when the code has no import map.
 */
async function showCspHash(line: HTMLElement, importMap: string | undefined) {
  line.dataset.for = importMap ?? '';
  line.hidden = true;
  if (!importMap || !crypto.subtle) return;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(importMap));
  if (line.dataset.for !== importMap) return; // the code changed meanwhile
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  line.textContent = `The first block makes the browser check each file the widget loads later against its published hash. If your site sets a Content-Security-Policy, add 'sha256-${hash}' to its script-src so that block can run.`;
  line.hidden = false;
}
