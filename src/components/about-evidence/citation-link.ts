import { html } from 'lit';
import type { Messages } from '../../i18n/en.js';
import { isHttpUrl } from '../../model/links.js';
import type { Citation } from '../../model/schema.js';
import { sourceLang } from '../../i18n/bidi-render.js';

/**
 * A link to a cited source: only http(s) links ever become an href (validation already rejects
 * others; this is a second lock). Opens in a new tab without giving the source a handle on the page.
 * A file of its own: counselor mode's compact grid, loaded apart, uses it too.
 */
export function citationLink(citation: Citation, text: string, messages: Messages) {
  const words = html`<span lang=${sourceLang(messages)}>${text}</span>`;
  if (!isHttpUrl(citation.url)) return words;
  return html`<a href=${citation.url} target="_blank" rel="noopener noreferrer"
    >${words}<span class="visually-hidden"> ${messages.opensInNewTab}</span></a
  >`;
}
