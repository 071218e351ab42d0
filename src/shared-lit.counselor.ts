/**
 * What the CDN's counselor file gets for `lit` and `lit/directives/live.js`: the Lit parts of the
 * CDN script that loads it (see shared-lit.ts for why). Only that file's build uses this module.
 */
import type { SharedLit } from './shared-lit.js';

// The same registered symbol as SHARED_LIT in shared-lit.ts (importing it would bring Lit along).
const shared = (globalThis as { [key: symbol]: SharedLit | undefined })[Symbol.for('treatment-compare.lit')];
if (!shared) throw new Error('treatment-compare: the counselor file needs the CDN script that loads it, which shares its Lit.');

export const css: SharedLit['css'] = shared.css;
export const html: SharedLit['html'] = shared.html;
export const nothing: SharedLit['nothing'] = shared.nothing;
export const live: SharedLit['live'] = shared.live;
