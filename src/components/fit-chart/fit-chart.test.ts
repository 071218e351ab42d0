import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { englishMessages } from '../../i18n/index.js';
import { computeFit, localiseDataset, resolveView } from '../../model/index.js';
import type { TreatmentCompare } from '../../index.js';
import type { FitChart } from './fit-chart.js';
import { INTERNAL_EVENTS } from '../../../test/browser/controlled-fixture.js';
import {
  axeViolations,
  parts,
  recordEvents,
  segmentWidths,
  settle,
  sliderFor,
  smallDataset,
  smallWidget,
  textOf,
  wait,
} from '../../../test/browser/helpers.js';

/** Opens a details element and waits for the part to render its content (it does so on `toggle`). */
async function openDetails(el: TreatmentCompare, details: HTMLDetailsElement) {
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  details.open = true;
  await toggled;
  await settle(el);
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    step();
  });

/** The legend names each part by its slider's question, numbered as the segments are. */
const LEGEND = ['1What will it cost me?', '2What side effects could I have?', '3How likely is my pain to get better?'];

describe('fit chart', () => {
  it('draws one bar per option in dataset order, one segment per contribution, on a 0-100 axis', async () => {
    // Weights that put gamma first and alpha last: the bars must still follow the dataset order.
    const el = await smallWidget({ weights: 'cost:10,side-effects:0,relief:0' });
    const chart = parts(el).chart.shadowRoot!;
    const bars = [...chart.querySelectorAll('g.bar')].map((g) => g.getAttribute('data-option'));
    expect(bars).to.deep.equal(['alpha', 'beta', 'gamma']);
    const ticks = [...chart.querySelectorAll('.tick-label')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['0', '20', '40', '60', '80', '100']);
    const fit = computeFit(resolveView(smallDataset()), { cost: 10, 'side-effects': 0, relief: 0 });
    const track = Number(chart.querySelector('rect.track')!.getAttribute('width'));
    const widths = segmentWidths(el);
    // Only cost contributes; alpha scores 1 on cost so it has no segment at all.
    expect(Object.keys(widths).sort()).to.deep.equal(['beta/cost', 'gamma/cost']);
    expect((widths['beta/cost'] / track) * 100).to.be.closeTo(fit.fits[1].fit, 0.01);
    expect((widths['gamma/cost'] / track) * 100).to.be.closeTo(100, 0.01);
  });

  it('is an image with a generated summary, a legend in words and the same numbers as a table', async () => {
    // Equal priorities, chosen with "Show with equal priorities": every slider in the middle.
    const el = await smallWidget({}, smallDataset(), { equal: true });
    const chart = parts(el).chart.shadowRoot!;
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const ids = svg.getAttribute('aria-labelledby')!.split(' ');
    const desc = ids.map((id) => textOf(chart.getElementById(id))).join(' ');
    const fit = computeFit(resolveView(smallDataset()), { cost: 5, 'side-effects': 5, relief: 5 });
    for (const [i, label] of ['Alpha therapy', 'Beta pills', 'Gamma exercise'].entries()) {
      expect(desc).to.contain(`${label} ${Math.round(fit.fits[i].fit)}`);
    }
    expect(desc).to.contain('not a recommendation');
    expect([...chart.querySelectorAll('[part="legend"] li')].map((li) => textOf(li))).to.deep.equal(LEGEND);
    // Every segment names its question and value in a title (not colour alone).
    for (const rect of chart.querySelectorAll('rect.seg')) expect(textOf(rect.querySelector('title'))).to.match(/^.+, .+: \d+ of 100$/);
    const criterionIds = ['cost', 'side-effects', 'relief'];
    for (const rect of chart.querySelectorAll('rect.seg')) {
      const question = LEGEND[criterionIds.indexOf(rect.getAttribute('data-criterion')!)].slice(1);
      expect(textOf(rect.querySelector('title')), 'named by the slider question').to.contain(`, ${question}: `);
    }
    await openDetails(el, chart.querySelector('details')!);
    expect([...chart.querySelectorAll('table thead th')].map((th) => textOf(th))).to.deep.equal([
      'Option',
      ...LEGEND.map((l) => l.slice(1)),
      'Total',
    ]);
    const rows = [...chart.querySelectorAll('table tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-option'))).to.deep.equal(['alpha', 'beta', 'gamma']);
    rows.forEach((row, o) => {
      const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
      expect(cells).to.deep.equal([...fit.fits[o].contributions.map(Math.round), Math.round(fit.fits[o].fit)]);
    });
  });

  it('renders the table of numbers only while it is open, with the current numbers', async () => {
    // Equal priorities, chosen with "Show with equal priorities": every slider in the middle.
    const el = await smallWidget({}, smallDataset(), { equal: true });
    const chart = parts(el).chart.shadowRoot!;
    const details = chart.querySelector('details')!;
    expect(textOf(details.querySelector('summary'))).to.equal('Show the numbers as a table');
    expect(chart.querySelector('table'), 'nothing inside the closed details').to.equal(null);
    await openDetails(el, details);
    const total = () => Number(chart.querySelector('tr[data-option="alpha"] td:last-child')!.textContent);
    const fit = (weights: Record<string, number>) => Math.round(computeFit(resolveView(smallDataset()), weights).fits[0].fit);
    expect(total()).to.equal(fit({ cost: 5, 'side-effects': 5, relief: 5 }));
    sliderFor(el, 'relief').focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(total(), 'the open table follows the sliders').to.equal(fit({ cost: 5, 'side-effects': 5, relief: 10 }));
    const closed = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = false;
    await closed;
    await settle(el);
    expect(chart.querySelector('table')).to.equal(null);
  });

  it('does not measure the page before its first render, then draws at its measured width', async () => {
    const view = resolveView(smallDataset());
    const wrapper = document.createElement('div');
    wrapper.style.width = '432px';
    const chart = document.createElement('tc-fit-chart') as FitChart;
    Object.assign(chart, {
      options: view.options,
      criteria: view.criteria,
      fit: computeFit(view, { cost: 5, 'side-effects': 5, relief: 5 }),
    });
    let measured = 0;
    const computed = window.getComputedStyle;
    const rect = chart.getBoundingClientRect;
    window.getComputedStyle = (target, pseudo) => {
      if (target === chart) measured++;
      return computed.call(window, target, pseudo);
    };
    chart.getBoundingClientRect = () => {
      measured++;
      return rect.call(chart);
    };
    try {
      wrapper.append(chart);
      document.body.append(wrapper);
      await chart.updateComplete;
      expect(measured, 'no synchronous layout or style read before the first render').to.equal(0);
      expect(chart.shadowRoot!.querySelector('svg rect.seg'), 'drawn at once, at a default width').to.exist;
      // The ResizeObserver reports after layout; the chart re-renders in the next frame.
      for (let i = 0; i < 10 && chart.shadowRoot!.querySelector('svg')!.getAttribute('width') !== '432'; i++) await frames(1);
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('432');
      expect(Number(chart.shadowRoot!.querySelector('rect.track')!.getAttribute('width'))).to.be.below(432);
    } finally {
      window.getComputedStyle = computed;
      wrapper.remove();
    }
  });

  it('changes segment widths when a slider moves', async () => {
    // Equal priorities, chosen with "Show with equal priorities": every slider in the middle.
    const el = await smallWidget({}, smallDataset(), { equal: true });
    const before = segmentWidths(el);
    sliderFor(el, 'relief').focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const after = segmentWidths(el);
    expect(after['alpha/relief']).to.be.greaterThan(before['alpha/relief']);
    expect(after['beta/cost']).to.be.lessThan(before['beta/cost']);
  });

  it('says to move a slider when every priority is 0, instead of drawing', async () => {
    const el = await smallWidget({ weights: 'cost:0,side-effects:0,relief:0' });
    const chart = parts(el).chart.shadowRoot!;
    expect(chart.querySelector('svg')).to.equal(null);
    expect(textOf(chart.querySelector('[part="chart-empty"]'))).to.equal('Move a slider to say what matters to you.');
    expect(parts(el).howSure).to.equal(null);
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(chart.querySelector('svg')).to.exist;
  });
});

describe('live region', () => {
  it('announces the new picture after a slider moves, once the moving stops', async () => {
    const el = await smallWidget();
    el.announceDelay = 300;
    const live = parts(el).live;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(textOf(live)).to.equal('');
    const input = sliderFor(el, 'cost');
    input.focus();
    const seen = new Set<string>();
    const observer = new MutationObserver(() => seen.add(textOf(live)));
    observer.observe(live, { subtree: true, characterData: true, childList: true });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(textOf(live), 'nothing said while still moving').to.equal('');
    await wait(450);
    observer.disconnect();
    const fit = computeFit(resolveView(smallDataset()), { cost: 8, 'side-effects': 5, relief: 5 });
    const text = textOf(live);
    expect(text).to.contain('Updated.');
    fit.fits.forEach((f, i) => expect(text).to.contain(`${['Alpha therapy', 'Beta pills', 'Gamma exercise'][i]} ${Math.round(f.fit)}`));
    expect([...seen].filter(Boolean), 'one announcement for three quick moves').to.have.length(1);
  });

  it('changes its text when the picture changes again', async () => {
    const el = await smallWidget();
    const live = parts(el).live;
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'Home' });
    await wait(150);
    const first = textOf(live);
    await sendKeys({ press: 'End' });
    await wait(150);
    expect(first).to.contain('Updated.');
    expect(textOf(live)).to.not.equal(first);
  });
});

describe('tc-fit-chart on its own (options, criteria, fit, messages)', () => {
  const view = resolveView(localiseDataset(smallDataset(), ['en']));
  async function chartOf(weights: Record<string, number>) {
    const el = await fixture<FitChart>(
      html`<tc-fit-chart .options=${view.options} .criteria=${view.criteria} .fit=${computeFit(view, weights)} .messages=${englishMessages}></tc-fit-chart>`,
    );
    await el.updateComplete;
    return el;
  }
  const widths = (el: FitChart) =>
    [...el.shadowRoot!.querySelectorAll('rect.seg')].map(
      (r) => `${r.closest('g')!.getAttribute('data-option')}/${r.getAttribute('data-criterion')}`,
    );

  it('draws nothing without a fit', async () => {
    const el = await fixture<FitChart>(html`<tc-fit-chart .options=${view.options} .criteria=${view.criteria}></tc-fit-chart>`);
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('draws the fit it is given: bars in dataset order, segments that add up to each fit', async () => {
    const weights = { cost: 10, 'side-effects': 0, relief: 3 };
    const el = await chartOf(weights);
    const chart = el.shadowRoot!;
    expect([...chart.querySelectorAll('g.bar')].map((g) => g.getAttribute('data-option'))).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(widths(el)).to.deep.equal(['alpha/relief', 'beta/cost', 'beta/relief', 'gamma/cost', 'gamma/relief']);
    const fit = computeFit(view, weights);
    for (const bar of chart.querySelectorAll('g.bar')) {
      const track = Number(bar.querySelector('rect.track')!.getAttribute('width'));
      const total = [...bar.querySelectorAll('rect.seg')].reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
      const expected = fit.fits.find((f) => f.optionId === bar.getAttribute('data-option'))!.fit;
      expect((total / track) * 100).to.be.closeTo(expected, 0.01);
    }
    expect(textOf(chart.querySelector('desc'))).to.contain('not a recommendation');
    expect([...chart.querySelectorAll('[part="legend"] li')].map((li) => textOf(li))).to.deep.equal(LEGEND);
  });

  it('says to move a slider when the fit has no priorities', async () => {
    const el = await chartOf({ cost: 0, 'side-effects': 0, relief: 0 });
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('[part="chart-empty"]'))).to.equal('Move a slider to say what matters to you.');
  });

  it('opens the table of numbers from the keyboard, with the numbers of the fit it is given, and fires nothing', async () => {
    const el = await chartOf({ cost: 5, 'side-effects': 5, relief: 5 });
    const log = recordEvents(el, [...INTERNAL_EVENTS]);
    const details = el.shadowRoot!.querySelector('details')!;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    const fit = computeFit(view, { cost: 5, 'side-effects': 5, relief: 5 });
    const rows = [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-option'))).to.deep.equal(['alpha', 'beta', 'gamma']);
    rows.forEach((row, o) => {
      const cells = [...row.querySelectorAll('td')].map((td) => Number(td.textContent));
      expect(cells).to.deep.equal([...fit.fits[o].contributions.map(Math.round), Math.round(fit.fits[o].fit)]);
    });
    // A new fit set by the root shows in the open table.
    el.fit = computeFit(view, { cost: 0, 'side-effects': 0, relief: 10 });
    await el.updateComplete;
    expect(Number(el.shadowRoot!.querySelector('tr[data-option="alpha"] td:last-child')!.textContent)).to.equal(75);
    expect(log.events).to.deep.equal([]);
  });

  it('passes axe, drawn and with the table open', async () => {
    const el = await chartOf({ cost: 5, 'side-effects': 5, relief: 5 });
    expect(await axeViolations(el)).to.deep.equal([]);
    const details = el.shadowRoot!.querySelector('details')!;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = true;
    await toggled;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
