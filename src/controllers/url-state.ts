/**
 * `persist="url"`: restores the widget's state from the page's URL hash when it connects, keeps
 * the hash in step after each change the person makes, and copies a link to the state.
 *
 * Each widget owns only its own keys (`tc-` + its `id` + `-`, see `urlKeyPrefix`); the rest of the
 * hash is left byte for byte. When the page uses its hash as an anchor or a route, the address is
 * not touched and the state goes only into the copied link.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashTakesState, readUrlState, urlKeyPrefix, writeUrlState, type UrlState } from '../model/url-state.js';

type Host = ReactiveControllerHost & HTMLElement;

export type CopyStatus = '' | 'copied' | 'fallback';

export class UrlStateController implements ReactiveController {
  /** After "copy link": copied, or the clipboard was refused and the link is shown to copy by hand. */
  copyStatus: CopyStatus = '';
  /** The link last offered. */
  copyText = '';

  constructor(
    private readonly host: Host,
    /** Whether `persist="url"` is on. */
    private readonly enabled: () => boolean,
    /** Applies a restored state (called before the first update, never during one). */
    private readonly restore: (state: UrlState) => void,
  ) {
    host.addController(this);
  }

  private restored = false;

  private get prefix(): string {
    return urlKeyPrefix(this.host.id);
  }

  hostConnected() {
    if (this.restored || !this.enabled() || typeof location === 'undefined') return;
    this.restored = true;
    const state = readUrlState(location.hash, this.prefix);
    if (Object.keys(state).length) this.restore(state);
  }

  /** Writes the state into the address after a change the person made (no history entry, no scroll). */
  save(state: UrlState) {
    if (!this.enabled() || typeof location === 'undefined' || !hashTakesState(location.hash, this.prefix)) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${writeUrlState(location.hash, this.prefix, state)}`);
    } catch {
      // Some sandboxed pages forbid it: the link button still works.
    }
  }

  /** Copies a link to the state; where the clipboard is refused, offers the link to copy by hand. */
  async copy(state: UrlState) {
    this.copyText = `${location.href.split('#')[0]}${writeUrlState(location.hash, this.prefix, state)}`;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.copyText);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'fallback';
    }
    this.host.requestUpdate();
  }

  reset() {
    this.copyStatus = '';
  }
}
