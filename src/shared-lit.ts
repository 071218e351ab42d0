/**
 * The CDN's counselor file (`treatment-compare.counselor.js`) is built on its own, yet must not
 * carry a Lit of its own: a second lit-html creates a second Trusted Types policy named `lit-html`,
 * which a page that enforces Trusted Types refuses (counselor mode would not load there), and it
 * would add about 4 kB. So the CDN script hands its own Lit parts to that file under a registered
 * symbol just before loading it, and the file's build takes `lit` from there
 * (`shared-lit.counselor.ts`, wired in scripts/build.mjs).
 */
import { css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

/** The key both sides use (`shared-lit.counselor.ts` names the same one). */
export const SHARED_LIT = Symbol.for('treatment-compare.lit');

/** The Lit parts the counselor file uses. */
export interface SharedLit {
  css: typeof css;
  html: typeof html;
  nothing: typeof nothing;
  live: typeof live;
}

const parts: SharedLit = Object.freeze({ css, html, nothing, live });

/** Makes this script's Lit parts available to the files it loads (once; not enumerable). */
export function shareLit(): void {
  if (!Object.hasOwn(globalThis, SHARED_LIT)) Object.defineProperty(globalThis, SHARED_LIT, { value: parts });
}
