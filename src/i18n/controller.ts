/**
 * A Lit reactive controller that keeps a host element's language in step with `lang`: the host's
 * own attribute, else the nearest ancestor's (crossing shadow roots), else English.
 *
 * One MutationObserver, shared by every instance, watches `lang` anywhere in the document; the
 * host's own attribute is also reported by the host (`attributeChanged`), which covers a host
 * inside another component's shadow root. Changes to `lang` inside other shadow roots above the
 * host are picked up when the host is next connected.
 *
 * A language other than English loads on demand. Until it is in, the host keeps showing the
 * language it had; before its first render it shows nothing in a language about to change
 * (`waiting`). The locale and its messages are resolved only when `lang` changes, never while rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, inheritedLang, resolveLocale, type Locale, type ResolvedLocale } from './locale.js';
import { hasCatalog, loadCatalog, messagesFor, type Messages } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

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
  /** The resolved locale shown: catalog, Intl tag and dataset text keys. */
  value: ResolvedLocale = resolveLocale(null);
  /** The messages for {@link value}. */
  messages: Messages = messagesFor(this.value);
  /** Settles when the language asked for is shown (or English, when its messages could not load). */
  ready: Promise<void> = Promise.resolve();
  /** True while a language's messages are loading. */
  loading = false;
  /** True while the first language asked for is loading: nothing has been shown yet. */
  waiting = false;
  /** The locale `lang` asks for (it becomes {@link value} once its messages are in). */
  private wanted: ResolvedLocale = this.value;

  /**
   * `prepare`: what else the host needs in a language before showing it (e.g. the built-in
   * dataset in that language), loaded alongside the messages so the switch happens at once.
   * Resolving `false` (or failing) means it is not available: the host then stays in English
   * throughout, rather than mixing languages.
   */
  constructor(
    host: Host,
    private readonly prepare?: (locale: Locale) => Promise<boolean> | undefined,
  ) {
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

  /** Reads `lang` again; returns whether the language asked for changed. */
  refresh(): boolean {
    const next = resolveLocale(inheritedLang(this.host));
    if (next === this.wanted) return false;
    this.wanted = next;
    if (hasCatalog(next.locale)) {
      this.show(next);
    } else {
      this.loading = true;
      this.waiting = !this.host.hasUpdated;
      const prepared = this.prepare?.(next.locale)?.catch(() => false) ?? true;
      this.ready = Promise.all([loadCatalog(next.locale), prepared]).then(([loaded, ready]) => {
        if (this.wanted === next) this.show(loaded && ready ? next : resolveLocale(DEFAULT_LOCALE));
      });
    }
    return true;
  }

  private show(locale: ResolvedLocale) {
    const changed = locale !== this.value || this.waiting;
    this.loading = false;
    this.waiting = false;
    this.value = locale;
    this.messages = messagesFor(locale);
    if (changed) this.host.requestUpdate();
  }
}
