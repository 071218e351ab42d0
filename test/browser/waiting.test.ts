/**
 * No verdict before the patient says what matters (#11): until a slider moves, `weights` is given
 * (attribute, property or link) or "Show with equal priorities" is pressed, the result names no
 * option and shows no fit, on screen, in the live region and in print. Skip links lead to the
 * priorities and, once there is one, to the result.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TreatmentCompare } from '../../src/index.js';
import { englishMessages } from '../../src/i18n/index.js';
import {
  isWaiting,
  markupOf,
  nodeName,
  parts,
  recordEvents,
  settle,
  showEqual,
  sliderFor,
  smallDataset,
  smallWidget,
  textOf,
  wait,
} from './helpers.js';

const OPTION_LABELS = ['Alpha therapy', 'Beta pills', 'Gamma exercise'];
const root = (el: TreatmentCompare) => el.shadowRoot!;
const results = (el: TreatmentCompare) => root(el).querySelector<HTMLElement>('[part~="results"]')!;
const summary = (el: TreatmentCompare) => root(el).querySelector<HTMLElement>('.summary')!;
const skipLinks = (el: TreatmentCompare) => [...root(el).querySelectorAll<HTMLAnchorElement>('.skip-links a')];

/** Waits for the live region (announceDelay is 50 ms in these tests). */
async function announced(el: TreatmentCompare) {
  await wait(120);
  await settle(el);
  return textOf(parts(el).live);
}

/** The result shows no verdict: no chart, no readout, no compact result, no option and no number. */
function expectNoVerdict(el: TreatmentCompare, why: string) {
  expect(isWaiting(el), why).to.equal(true);
  expect(markupOf(root(el).querySelector('tc-fit-chart')), why).to.equal(null);
  expect(markupOf(root(el).querySelector('tc-how-sure')), why).to.equal(null);
  expect(markupOf(root(el).querySelector('[part~="mini-result"]')), why).to.equal(null);
  const text = textOf(results(el));
  // Counselor mode says it in fewer words (its result sits under the grid on one screen).
  const counselor = el.getAttribute('mode') === 'counselor';
  expect(text, why).to.contain(counselor ? englishMessages.journey.waitingCounselor : englishMessages.waiting);
  for (const label of OPTION_LABELS) expect(text, why).to.not.contain(label);
  expect(text, `${why}: no fit number`).to.not.match(/\d/);
}

function expectVerdict(el: TreatmentCompare, why: string) {
  expect(isWaiting(el), why).to.equal(false);
  expect(root(el).querySelector('tc-fit-chart'), why).to.exist;
  expect(root(el).querySelector('tc-how-sure'), why).to.exist;
  expect(markupOf(root(el).querySelector('button.show-equal')), why).to.equal(null);
}

describe('no verdict before priorities are given', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('in the first state shows no chart and no readout; the result, live region and print name no option and no fit', async () => {
    const el = await smallWidget();
    expectNoVerdict(el, 'first state');
    expect(textOf(results(el).querySelector('button.show-equal'))).to.equal('Show with equal priorities');
    expect(textOf(parts(el).live), 'nothing announced unasked').to.equal('');
    // Print: the line-up says no priorities were set, and lists none.
    const printed = textOf(summary(el));
    expect(printed).to.contain(englishMessages.waitingPrint);
    expect(markupOf(summary(el).querySelector('.summary-bars, .summary-priorities'))).to.equal(null);
    // A change that gives no priorities (another condition) keeps waiting, and the live region says so.
    const select = parts(el).select!;
    select.value = 'migraine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const live = await announced(el);
    expect(live).to.equal(englishMessages.announceWaiting);
    for (const label of OPTION_LABELS) expect(live).to.not.contain(label);
    expect(live).to.not.match(/\d/);
    expectNoVerdict(el, 'after a condition change');
    // The grid still compares every option (it is evidence, not a verdict).
    expect(parts(el).grid.shadowRoot!.querySelectorAll('td[part="cell"]')).to.have.length(9);
  });

  it('ends with a weights attribute, or a weights property that holds a value (not an empty one)', async () => {
    expectVerdict(await smallWidget({ weights: 'cost:7' }), 'weights attribute');
    const el = await smallWidget();
    el.weights = {};
    await settle(el);
    expectNoVerdict(el, 'an empty weights object gives no priorities');
    el.weights = '  ';
    await settle(el);
    expectNoVerdict(el, 'a blank weights string gives no priorities');
    el.weights = { relief: 9 };
    await settle(el);
    expectVerdict(el, 'weights property');
    expect(el.currentWeights).to.deep.equal({ cost: 5, 'side-effects': 5, relief: 9 });
    expect(textOf(summary(el).querySelector('.summary-bars'))).to.contain('Alpha therapy');
  });

  it('ends with a slider move, which the live region and print then follow', async () => {
    const el = await smallWidget();
    sliderFor(el, 'relief').focus();
    await sendKeys({ press: 'ArrowRight' });
    const live = await announced(el);
    expectVerdict(el, 'slider move');
    expect(live).to.match(/^Updated\. Out of 100: Alpha therapy \d+, Beta pills \d+ and Gamma exercise \d+\./);
    expect(el.getAttribute('weights') ?? el.weights).to.contain('relief:6');
    expect(summary(el).querySelector('.summary-bars')).to.exist;
    expect(textOf(summary(el))).to.not.contain(englishMessages.waitingPrint);
  });

  it('ends with "Show with equal priorities": every slider stays in the middle and the readout says so', async () => {
    const el = await smallWidget();
    await showEqual(el);
    expectVerdict(el, 'show equal');
    expect(el.currentWeights).to.deep.equal({ cost: 5, 'side-effects': 5, relief: 5 });
    expect(textOf(parts(el).howSure!.shadowRoot)).to.match(/^With equal priorities, /);
    expect(await announced(el)).to.match(/^Updated\. Out of 100: /);
  });

  describe('with persist="url"', () => {
    const original = location.hash;
    afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${original}`));
    const withHash = async (hash: string) => {
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      return smallWidget({ persist: 'url' });
    };

    it('ends with weights from the link', async () => {
      const el = await withHash('#tc-weights=cost:9,relief:1');
      expectVerdict(el, 'weights from the hash');
      expect(el.currentWeights).to.deep.equal({ cost: 9, 'side-effects': 5, relief: 1 });
      expectNoVerdict(await withHash('#tc-stage=close'), 'a link without weights');
    });

    it('never puts priorities no one gave into the link, so opening it again still waits', async () => {
      const el = await withHash('');
      root(el).querySelector('tc-decision-stage')!.shadowRoot!.querySelector<HTMLInputElement>('input[value="close"]')!.click();
      await settle(el);
      expect(location.hash).to.contain('tc-stage=close');
      expect(location.hash, 'no weights while waiting').to.not.contain('tc-weights');
      expectNoVerdict(await smallWidget({ persist: 'url' }), 'the link opened again');
      // Equal priorities, once chosen, are priorities: the link keeps them.
      await showEqual(el);
      expect(decodeURIComponent(location.hash)).to.contain('tc-weights=cost:5,side-effects:5,relief:5');
      expectVerdict(await smallWidget({ persist: 'url' }), 'the link with equal priorities opened again');
    });
  });

  it('Start again (counselor) goes back to waiting, and says so', async () => {
    const el = await smallWidget({ mode: 'counselor', weights: 'cost:9' });
    expectVerdict(el, 'before');
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    const live = await announced(el);
    expectNoVerdict(el, 'after Start again');
    expect(el.weights).to.equal('');
    expect(el.currentWeights).to.deep.equal({ cost: 5, 'side-effects': 5, relief: 5 });
    expect(live).to.equal(englishMessages.announceWaiting);
    expect(skipLinks(el).map((a) => a.dataset.target)).to.deep.equal(['tc-priorities']);
    // Equal priorities chosen, then Start again: waiting again too.
    await showEqual(el);
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    expectNoVerdict(el, 'after equal priorities and Start again');
  });

  it('fires no ranking-change while waiting; the change that ends the waiting fires one', async () => {
    const el = await smallWidget();
    const log = recordEvents(document, ['ranking-change', 'weights-change']);
    const select = parts(el).select!;
    select.value = 'migraine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    root(el).querySelector('tc-deal-breakers')!.shadowRoot!.querySelector<HTMLInputElement>('input[data-option="beta"]')!.click();
    await settle(el);
    expect(textOf(root(el).querySelector('.set-aside'))).to.contain('Beta pills');
    expect(
      log.events.map((e) => e.type),
      'a condition and a set-aside while waiting',
    ).to.deep.equal([]);
    await showEqual(el);
    expect(log.of('weights-change'), 'the sliders did not move').to.have.length(0);
    expect(log.of('ranking-change')).to.have.length(1);
    expect(log.of('ranking-change')[0].detail.fits.map((f: { optionId: string }) => f.optionId)).to.deep.equal(['alpha', 'gamma']);
  });

  it('fires no ranking-change when Start again returns to waiting', async () => {
    const el = await smallWidget({ mode: 'counselor', weights: 'cost:9' });
    const log = recordEvents(document, ['ranking-change']);
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    expect(isWaiting(el)).to.equal(true);
    expect(log.events, 'no fits reported for a result that is not shown').to.deep.equal([]);
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(log.of('ranking-change'), 'the move that ends the waiting reports the fits').to.have.length(1);
  });

  it('shows the compact result under the sliders on a narrow container only once priorities are given, and not when wide', async () => {
    const el = await smallWidget();
    el.style.width = '360px';
    await settle(el);
    expect(markupOf(root(el).querySelector('[part~="mini-result"]'))).to.equal(null);
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const mini = root(el).querySelector<HTMLElement>('[part~="mini-result"]')!;
    expect(mini.checkVisibility()).to.equal(true);
    expect(mini.getAttribute('aria-hidden'), 'the chart and live region carry the numbers').to.equal('true');
    expect(mini.closest('#tc-priorities'), 'under the sliders').to.exist;
    expect([...mini.querySelectorAll('.mini-name')].map((n) => textOf(n))).to.deep.equal(OPTION_LABELS);
    const fits = [...mini.querySelectorAll('.mini-fit')].map((n) => Number(textOf(n)));
    const chartDesc = textOf(parts(el).chart.shadowRoot!.querySelector('desc'));
    OPTION_LABELS.forEach((label, i) => expect(chartDesc).to.contain(`${label} ${fits[i]}`));
    el.style.width = '1200px';
    await settle(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(mini.checkVisibility(), 'wide: the result sits beside the sliders').to.equal(false);
  });
});

describe('skip links', () => {
  it('are the first Tab stops; "Skip to what matters to you" moves focus to the priorities', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button type="button">before</button>`);
    const el = await smallWidget();
    expect(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const hash = location.hash;
    before.focus();
    await sendKeys({ press: 'Tab' });
    const link = skipLinks(el)[0];
    expect(root(el).activeElement === link, 'the first Tab stop in the widget is the first skip link').to.equal(true);
    expect(textOf(link)).to.equal('Skip to what matters to you');
    expect(link.getBoundingClientRect().width, 'visible once focused').to.be.greaterThan(20);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(nodeName(root(el).activeElement)).to.equal('section#tc-priorities.priorities');
    expect(location.hash, "the page's URL is left alone").to.equal(hash);
    // The next Tab goes on from the priorities (into the sliders), not back to the top.
    await sendKeys({ press: 'Tab' });
    expect(nodeName(root(el).activeElement)).to.equal('tc-priority-sliders');
  });

  it('offers "Skip to the result" only once there is a result, and it moves focus there', async () => {
    const el = await smallWidget({}, smallDataset());
    expect(skipLinks(el).map((a) => textOf(a))).to.deep.equal(['Skip to what matters to you']);
    expect(root(el).querySelector('#tc-result')).to.exist; // the section is there, waiting, but nothing to skip to
    await showEqual(el);
    const links = skipLinks(el);
    expect(links.map((a) => textOf(a))).to.deep.equal(['Skip to what matters to you', 'Skip to the result']);
    links[1].focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(nodeName(root(el).activeElement)).to.equal('section#tc-result.results');
    expect(root(el).activeElement!.contains(root(el).querySelector('tc-fit-chart'))).to.equal(true);
  });
});
