/**
 * Test-only (imported by the parts' browser tests, never by the widget): hosts one part the way
 * `<treatment-compare>` does, so a part can be tested on its own as the controlled element it is.
 *
 * - The part is rendered inside a shadow root (the root element's, in the widget), so its internal
 *   events, which bubble but are never composed, stop at that shadow root as they do in the widget.
 * - A listener on the shadow root records each internal event and, like the root, sets the new
 *   value back on the part (`handlers`). With `setBack: false` it only records: the part is then
 *   uncontrolled, and must not change its own properties.
 * - Every internal event that reaches `document` or a capturing listener on `window` is recorded
 *   in `leaked` (there should never be one).
 */
import { fixture, html } from '@open-wc/testing';
import { render, type LitElement, type TemplateResult } from 'lit';
import type { InternalEventMap } from '../../src/events.js';

export type InternalEventName = keyof InternalEventMap;
export type InternalDetail<K extends InternalEventName> = InternalEventMap[K]['detail'];

/** What the root does with each internal event: set the reported value back on the part. */
export type SetBack<E> = { [K in InternalEventName]?: (el: E, detail: InternalDetail<K>) => void };

export interface Controlled<E extends LitElement> {
  /** The part. */
  el: E;
  /** The shadow root the part lives in (the root element's, in the widget). */
  root: ShadowRoot;
  /** The shadow root's host, in the page. */
  host: HTMLElement;
  /** Every internal event that reached the shadow root, in order. */
  events: CustomEvent[];
  /** The internal events of one name that reached the shadow root. */
  of<K extends InternalEventName>(name: K): CustomEvent<InternalDetail<K>>[];
  /** The detail of the last internal event of that name (undefined when there was none). */
  last<K extends InternalEventName>(name: K): InternalDetail<K> | undefined;
  /** Internal events that reached `document` (bubbling) or `window` (capturing) since the fixture was made. */
  leaked(): Event[];
  /** Waits until the part has rendered what was set back (and anything its `updated()` did). */
  settle(): Promise<E>;
}

/** Every internal event name. */
export const INTERNAL_EVENTS: readonly InternalEventName[] = [
  'tc-weight-input',
  'tc-weights-reset',
  'tc-stage-input',
  'tc-sure-input',
  'tc-plan-input',
  'tc-deal-breakers-input',
];

/** Internal events seen outside any shadow root, for the whole test page (listeners added once). */
const outside: Event[] = [];
let watching = false;
function watchOutside() {
  if (watching) return;
  watching = true;
  for (const name of INTERNAL_EVENTS) {
    window.addEventListener(name, (e) => outside.push(e), { capture: true });
    document.addEventListener(name, (e) => outside.push(e));
  }
}

/**
 * Renders `template` (one part) in a shadow root and controls it as the root does.
 * `handlers`: for each internal event the part fires, how the root sets the value back.
 */
export async function controlledFixture<E extends LitElement>(
  template: TemplateResult,
  handlers: SetBack<E>,
  options: { setBack?: boolean } = {},
): Promise<Controlled<E>> {
  watchOutside();
  const since = outside.length;
  const host = await fixture<HTMLDivElement>(html`<div data-controlled-host></div>`);
  const root = host.attachShadow({ mode: 'open' });
  render(template, root);
  const el = root.firstElementChild as E;
  const events: CustomEvent[] = [];
  for (const name of INTERNAL_EVENTS) {
    root.addEventListener(name, (event) => {
      events.push(event as CustomEvent);
      if (options.setBack === false) return;
      const apply = handlers[name] as ((el: E, detail: unknown) => void) | undefined;
      apply?.(el, (event as CustomEvent).detail);
    });
  }
  const settle = async () => {
    // Twice: a part may focus (or change its own state) in `updated()` after the value came back.
    await el.updateComplete;
    await el.updateComplete;
    return el;
  };
  await settle();
  return {
    el,
    root,
    host,
    events,
    of: <K extends InternalEventName>(name: K) => events.filter((e) => e.type === name) as CustomEvent<InternalDetail<K>>[],
    last: <K extends InternalEventName>(name: K) =>
      (events.filter((e) => e.type === name).at(-1) as CustomEvent<InternalDetail<K>> | undefined)?.detail,
    leaked: () => outside.slice(since),
    settle,
  };
}

/**
 * Listens as a page could, for events of these types: capturing on `window` and bubbling on
 * `document`. `text()` gives everything those listeners could read from what they received (each
 * event's type, `detail` and target's `value`), to check that free text never gets there.
 */
export function watchPage(types: readonly string[]) {
  const seen: Event[] = [];
  const record = (event: Event) => seen.push(event);
  for (const type of types) {
    window.addEventListener(type, record, { capture: true });
    document.addEventListener(type, record);
  }
  return {
    seen,
    text: () =>
      seen
        .map(
          (e) =>
            `${e.type} ${JSON.stringify((e as CustomEvent).detail ?? null)} ${String((e.target as { value?: unknown } | null)?.value ?? '')}`,
        )
        .join('\n'),
    stop: () => {
      for (const type of types) {
        window.removeEventListener(type, record, { capture: true });
        document.removeEventListener(type, record);
      }
    },
  };
}
