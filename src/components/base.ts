/** Small shared helpers for the elements: typed events and a define that tolerates a double load. */

/**
 * Dispatches a typed CustomEvent. Public events bubble and are composed (they cross shadow
 * roots to reach the page); internal events between the root and its parts pass
 * `{ composed: false }` so they stay inside the root's shadow tree.
 */
export function emit<T>(target: EventTarget, name: string, detail: T, init: Omit<CustomEventInit<T>, 'detail'> = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, ...init, detail }));
}

/** Internal events from a part to the root: bubble within the root's shadow tree only. */
export function emitInternal<T>(target: EventTarget, name: string, detail: T): boolean {
  return emit(target, name, detail, { composed: false });
}

/**
 * `customElements.define` that does nothing when the name is taken (a second copy of the script
 * on the page must not throw). Warns when another class holds the name.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, constructor);
  else if (existing !== constructor) console.warn(`<${name}> is already defined by another script; keeping that one.`);
}
