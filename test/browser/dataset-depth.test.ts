/**
 * The built-in dataset's depth (cells' `detail` and `outcomes`) loads after the first render: the
 * widget shows the brief part at once, then the details when they arrive, in the language shown.
 * Each test file runs in a page of its own, so this file starts with nothing loaded; the loaders
 * of `lazy.ts` are wrapped to hold the depth back until a test lets it through.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import { builtInDepths } from '../../src/lazy.js';
import type { DatasetDepth } from '../../src/sources/dataset-depth.js';
import { parts, recordEvents, settle, textOf, wait } from './helpers.js';

const depths = builtInDepths as Record<string, () => Promise<DatasetDepth>>;
const real = { en: depths.en, es: depths.es };

/** A depth loader held back until `release()`; records whether the widget had rendered its grid when asked. */
function gated(locale: 'en' | 'es', el: () => TreatmentCompare | undefined) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const record = { asked: 0, renderedWhenAsked: false, release };
  depths[locale] = () => {
    record.asked++;
    const widget = el();
    record.renderedWhenAsked = !!widget && cells(widget).length > 0;
    return gate.then(real[locale]);
  };
  return record;
}

const cells = (el: TreatmentCompare) => [...(parts(el).grid?.shadowRoot?.querySelectorAll('td[part="cell"]') ?? [])];
const answer = (el: TreatmentCompare, optionId: string) =>
  parts(el).grid.shadowRoot!.querySelector<HTMLElement>(`tr.more-row section.answer[data-option="${optionId}"]`);

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await wait(10);
  }
}

/** A built-in widget, put in the page without waiting for `updateComplete` (which waits for the depth). */
function place(lang?: string): TreatmentCompare {
  const el = document.createElement('treatment-compare');
  if (lang) el.setAttribute('lang', lang);
  document.body.append(el);
  return el;
}

async function openQuestion(el: TreatmentCompare, criterionId: string) {
  const grid = parts(el).grid;
  grid.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-criterion="${criterionId}"] button.more-toggle`)!.click();
  await grid.updateComplete;
}

describe('the built-in dataset: brief first, depth after the first render', () => {
  let el: TreatmentCompare | undefined;
  afterEach(() => {
    el?.remove();
    el = undefined;
    Object.assign(depths, real);
  });

  it('renders the brief part before the depth arrives, then shows a cell’s detail and icon array after', async () => {
    const depth = gated('en', () => el);
    el = place();
    const events = recordEvents(el, ['dataset-error']);
    await until(() => cells(el!).length > 0);
    // The first view: every cell's short answer and rating, from the brief part.
    expect(cells(el).length).to.equal(35);
    expect(textOf(cells(el)[0].querySelector('.short'))).to.not.equal('');
    await until(() => depth.asked > 0);
    expect(depth.asked).to.equal(1);
    expect(depth.renderedWhenAsked, 'the depth is asked for after the grid rendered').to.equal(true);

    // A question opened before the depth is in: the summary, no detail and no icon array yet.
    await openQuestion(el, 'side-effects');
    const before = answer(el, 'tms')!;
    const { cells: enDepth } = await real.en();
    const detail = enDepth.tms['side-effects'].detail as string;
    expect(textOf(before)).to.not.contain(detail.slice(0, 40));
    expect(before.querySelector('tc-icon-array')).to.equal(null);

    depth.release();
    await settle(el);
    const after = answer(el, 'tms')!;
    expect(textOf(after)).to.contain(detail.slice(0, 40));
    expect(after.querySelector('tc-icon-array'), 'outcomes with their icon array').to.exist;
    expect(events.of('dataset-error')).to.have.length(0);
  });

  it('keeps the language shown when the language changes while a depth is loading, and drops the late one', async () => {
    const depth = gated('es', () => el);
    el = place('es');
    await until(() => depth.asked > 0);
    await openQuestion(el, 'side-effects');
    el.setAttribute('lang', 'en'); // English is whole already (the test above)
    await settle(el);
    const { cells: enDepth } = await real.en();
    const { cells: esDepth } = await real.es();
    const english = (enDepth.tms['side-effects'].detail as string).slice(0, 40);
    const spanish = (esDepth.tms['side-effects'].detail as string).slice(0, 40);
    expect(textOf(answer(el, 'tms'))).to.contain(english);

    depth.release(); // the Spanish depth arrives late: the English widget ignores it
    await wait(50);
    await settle(el);
    expect(textOf(answer(el, 'tms'))).to.contain(english);
    expect(textOf(parts(el).grid.shadowRoot)).to.not.contain(spanish);

    el.setAttribute('lang', 'es'); // back to Spanish: whole now, with its own details
    await settle(el);
    await until(() => textOf(answer(el!, 'tms')).includes(spanish));
    expect(textOf(parts(el).grid.shadowRoot)).to.not.contain(english);
  });
});
