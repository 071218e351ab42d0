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

export interface SmallWidgetOptions {
  /**
   * Gives priorities as a person would before the test looks: presses "Show with equal priorities"
   * (every slider in the middle), so the result shows a chart instead of waiting. A person's
   * action: it may fire `ranking-change`, so record events after it.
   */
  equal?: boolean;
}

/** A widget with the small test dataset set as a property, fully rendered; it waits for priorities unless `weights` or `equal` gives them. */
export async function smallWidget(
  attrs: Record<string, string> = {},
  data: Dataset = smallDataset(),
  options: SmallWidgetOptions = {},
): Promise<TreatmentCompare> {
  const el = document.createElement('treatment-compare');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.dataset = data;
  el.announceDelay = 50;
  await settle(await fixture<TreatmentCompare>(el));
  if (options.equal) await showEqual(el);
  return el;
}

/** Presses "Show with equal priorities" (failing if the widget is not waiting) and waits for the chart. */
export async function showEqual<T extends TreatmentCompare>(el: T): Promise<T> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="waiting"] button.show-equal');
  if (!button) throw new Error('showEqual: the widget is not waiting for priorities (no "Show with equal priorities" button)');
  button.click();
  await settle(el);
  if (!el.shadowRoot!.querySelector('tc-fit-chart')) throw new Error('showEqual: no chart after pressing "Show with equal priorities"');
  return el;
}

/** Whether the result still waits for priorities (no chart, the waiting message). */
export function isWaiting(el: TreatmentCompare): boolean {
  return el.shadowRoot!.querySelector('[part~="results"] [part~="waiting"]') !== null;
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
    /** Null while the result waits for priorities (see `smallWidget`'s `equal`). */
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

/** The grid cell (layer 1: rating and short answer) for an option and criterion. */
export function wideCell(el: TreatmentCompare, optionId: string, criterionId: string): HTMLElement {
  return parts(el).grid.shadowRoot!.querySelector<HTMLElement>(`td[data-option="${optionId}"][data-criterion="${criterionId}"]`)!;
}

/** Opens a question's full answers (layer 2) with its "More" button, unless open; returns the more-row. */
export async function openQuestion(el: TreatmentCompare, criterionId: string): Promise<HTMLElement> {
  const grid = parts(el).grid;
  const button = grid.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-criterion="${criterionId}"] button.more-toggle`)!;
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  await settle(el);
  const row = grid.shadowRoot!.querySelector<HTMLElement>(`tr.more-row[data-more="${criterionId}"]`);
  if (!row) throw new Error(`openQuestion: no more-row for ${criterionId}`);
  return row;
}

/** One option's full answer (layer 2) to an open question. */
export function answerOf(el: TreatmentCompare, optionId: string, criterionId: string): HTMLElement {
  return parts(el).grid.shadowRoot!.querySelector<HTMLElement>(
    `tr.more-row[data-more="${criterionId}"] section.answer[data-option="${optionId}"]`,
  )!;
}

/** Opens details elements and waits until their part has rendered the content (it does so on `toggle`). */
export async function openDetailsIn(el: HTMLElement, details: Iterable<HTMLDetailsElement>) {
  const closed = [...details].filter((d) => !d.open);
  const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const d of closed) d.open = true;
  await Promise.all(toggled);
  await settle(el);
}

/** Opens every question's full answers and every answer's sources (layers 2 and 3). */
export async function openEveryLayer(el: TreatmentCompare) {
  for (const row of parts(el).grid.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-criterion]'))
    await openQuestion(el, row.dataset.criterion!);
  await openDetailsIn(el, parts(el).grid.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part~="cell-detail"]'));
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

/**
 * A node as a short string, for assertions: a failing `expect(node)` makes the test runner
 * serialise the whole DOM around the node and hang until the run times out, so tests compare this
 * (or `markupOf`) instead of the node.
 */
export function nodeName(node: Element | null | undefined): string | null {
  if (!node) return null;
  return `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`;
}

/** A node's markup (its shadow tree left out), or null: see `nodeName`. */
export function markupOf(node: Element | null | undefined): string | null {
  return node ? node.outerHTML : null;
}

/** Text without the U+2068/U+2069 isolates the catalogs put around dataset text (checked in test/browser/bidi.test.ts). */
export function withoutIsolates(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/** An attribute's words (an aria-label's), without the isolates around dataset text. */
export function attributeText(el: Element | null | undefined, name: string): string {
  return withoutIsolates(el?.getAttribute(name));
}

/** Every text a part shows, for word checks. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return withoutIsolates(node?.textContent).replace(/\s+/g, ' ').trim();
}
