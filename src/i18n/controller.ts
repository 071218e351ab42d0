/**
 * A Lit reactive controller that keeps a host element's language in step with `lang`: the host's
 * own attribute, else the nearest ancestor's (crossing shadow roots), else English.
 *
 * One MutationObserver, shared by every instance, watches `lang` anywhere in the document; the
 * host's own attribute is also reported by the host (`attributeChanged`), which covers a host
 * inside another component's shadow root. Changes to `lang` inside other shadow roots above the
 * host are picked up when the host is next connected.
 *
 * The locale and its messages are resolved only when `lang` changes, never while rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedLang, resolveLocale, type ResolvedLocale } from './locale.js';
import { messagesFor, type Messages } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchDocument() {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;
  /** The resolved locale: catalog, Intl tag and dataset text keys. */
  value: ResolvedLocale = resolveLocale(null);
  /** The messages for {@link value}. */
  messages: Messages = messagesFor(this.value);

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected() {
    controllers.add(this);
    watchDocument();
    this.refresh();
  }

  hostDisconnected() {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Reads `lang` again; requests an update when the resolved locale changed. Returns whether it did. */
  refresh(): boolean {
    const next = resolveLocale(inheritedLang(this.host));
    if (next === this.value) return false;
    this.value = next;
    this.messages = messagesFor(next);
    this.host.requestUpdate();
    return true;
  }
}
