/** Helpers for the journey component tests (independent of the root element). */
import '../../src/index.js';
import type * as AxeCore from 'axe-core';

/** Runs axe-core on an element (its shadow trees included) and lists the violations as text. */
export async function axeViolations(el: Element): Promise<string[]> {
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: typeof AxeCore }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`);
}

export { attributeText } from './helpers.js';

export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Records events of the given names fired on (or bubbling through) a target. */
export function recordEvents(target: EventTarget, names: string[]) {
  const events: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e as CustomEvent));
  return { events, of: (name: string) => events.filter((e) => e.type === name) };
}

/** Every element in a shadow tree (and nested ones) that carries a style attribute. */
export function styleAttributes(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (r: ShadowRoot | Element) => {
    for (const el of r.querySelectorAll('*')) {
      if (el.hasAttribute('style')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}
