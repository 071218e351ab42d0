/** Shared helpers for the component tests. */
import { fixture, type html } from '@open-wc/testing';
import type * as AxeCore from 'axe-core';
import '../../src/index.js';
import type { TreatmentCompare } from '../../src/index.js';
import type { FitChart } from '../../src/components/fit-chart/fit-chart.js';
import type { OptionGrid } from '../../src/components/option-grid/option-grid.js';
import type { PrioritySliders } from '../../src/components/priority-sliders/priority-sliders.js';
import type { HowSure } from '../../src/components/how-sure/how-sure.js';
import type { AboutEvidence } from '../../src/components/about-evidence/about-evidence.js';
import type { Dataset } from '../../src/model/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

export { smallDataset };

/** A widget with the small test dataset set as a property, fully rendered. */
export async function smallWidget(attrs: Record<string, string> = {}, data: Dataset = smallDataset()): Promise<TreatmentCompare> {
  const el = document.createElement('treatment-compare');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.dataset = data;
  el.announceDelay = 50;
  return settle(await fixture<TreatmentCompare>(el));
}

/** A widget rendered from a template. */
export async function widgetFrom(template: ReturnType<typeof html>): Promise<TreatmentCompare> {
  return settle(await fixture<TreatmentCompare>(template));
}

/** Waits until the root and every part have finished rendering. */
export async function settle<T extends HTMLElement>(el: T): Promise<T> {
  for (let i = 0; i < 3; i++) {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const parts = el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')].filter((n) => 'updateComplete' in n) : [];
    await Promise.all(parts.map((p) => (p as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  }
  return el;
}

export function parts(el: TreatmentCompare) {
  const root = el.shadowRoot!;
  return {
    root,
    grid: root.querySelector('tc-option-grid') as OptionGrid,
    sliders: root.querySelector('tc-priority-sliders') as PrioritySliders,
    chart: root.querySelector('tc-fit-chart') as FitChart,
    howSure: root.querySelector('tc-how-sure') as HowSure | null,
    about: root.querySelector('tc-about-evidence') as AboutEvidence,
    live: root.querySelector('[aria-live]') as HTMLElement,
    error: root.querySelector('[part="error"]') as HTMLElement | null,
    loading: root.querySelector('[part="loading"]') as HTMLElement | null,
    select: root.querySelector('select') as HTMLSelectElement | null,
  };
}

export function sliderInputs(el: TreatmentCompare): HTMLInputElement[] {
  return [...parts(el).sliders.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="range"]')];
}

export function sliderFor(el: TreatmentCompare, criterionId: string): HTMLInputElement {
  return parts(el).sliders.shadowRoot!.querySelector<HTMLInputElement>(`input[data-criterion="${criterionId}"]`)!;
}

/** Widths of the chart segments, keyed `option/criterion`. */
export function segmentWidths(el: TreatmentCompare): Record<string, number> {
  const out: Record<string, number> = {};
  for (const rect of parts(el).chart.shadowRoot!.querySelectorAll<SVGRectElement>('rect.seg')) {
    const option = rect.closest('g')!.getAttribute('data-option');
    out[`${option}/${rect.getAttribute('data-criterion')}`] = Number(rect.getAttribute('width'));
  }
  return out;
}

/** The visible text of the wide-layout cell for an option and criterion. */
export function wideCell(el: TreatmentCompare, optionId: string, criterionId: string): HTMLElement {
  return parts(el).grid.shadowRoot!.querySelector<HTMLElement>(`td[data-option="${optionId}"][data-criterion="${criterionId}"]`)!;
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records events of the given names fired on (or bubbling through) a target. */
export function recordEvents(target: EventTarget, names: string[]) {
  const events: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e as CustomEvent));
  return {
    events,
    of: (name: string) => events.filter((e) => e.type === name),
    clear: () => events.splice(0),
  };
}

/** Runs axe-core on an element (its shadow trees included) and lists the violations as text. */
export async function axeViolations(el: Element): Promise<string[]> {
  // axe-core's browser build registers `window.axe` (it is a UMD file, not an ES module).
  await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: typeof AxeCore }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`);
}

/** Every text a part shows, for word checks. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
