import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { englishMessages } from '../../i18n/index.js';
import { computeRobustness, createComparison, localiseDataset, resolveView } from '../../model/index.js';
import type { HowSure } from './how-sure.js';
import {
  axeViolations,
  markupOf,
  parts,
  settle,
  showEqual,
  sliderFor,
  smallDataset,
  smallWidget,
  textOf,
} from '../../../test/browser/helpers.js';
import type { TreatmentCompare } from '../../index.js';

const BANNED = /\b(best|winner|winning|top|recommended|ranked|rank)\b/i;

function uiText(el: TreatmentCompare) {
  const { howSure, chart, live } = parts(el);
  const desc = chart.shadowRoot!.querySelector('desc');
  return [textOf(howSure?.shadowRoot), textOf(desc), textOf(live)].join(' ');
}

describe('how sure', () => {
  it('says when which option lines up most closely could easily change, naming them (never "about equally")', async () => {
    // Only side effects matter: Alpha and Gamma both score 4.
    const el = await smallWidget({ weights: 'cost:0,side-effects:10,relief:0' });
    const robust = computeRobustness(resolveView(smallDataset()), { cost: 0, 'side-effects': 10, relief: 0 });
    expect(robust.close).to.equal(true);
    const text = textOf(parts(el).howSure!.shadowRoot);
    expect(text).to.contain('Which of these lines up most closely could easily change: Alpha therapy and Gamma exercise.');
    expect(text).to.not.contain('about equally');
    expect(text).to.not.match(BANNED);
  });

  it('when the picture is clear, names the closest fit, says it is not a recommendation, and what would change it', async () => {
    const el = await smallWidget({ weights: 'cost:10,side-effects:3,relief:0' });
    expect(computeRobustness(resolveView(smallDataset()), { cost: 10, 'side-effects': 3, relief: 0 }).close).to.equal(false);
    const sentences = [...parts(el).howSure!.shadowRoot!.querySelectorAll('p')].map((p) => textOf(p));
    expect(sentences).to.deep.equal([
      'With your priorities, Gamma exercise lines up most closely. This is not a recommendation.',
      'If “What will it cost me?” mattered less to you (about 0 instead of 10), Alpha therapy would line up about as well.',
    ]);
  });

  it('says how often the evidence ranges keep the picture, and a small change that would alter it', async () => {
    const weights = { cost: 0, 'side-effects': 1, relief: 3 };
    const robust = computeRobustness(resolveView(smallDataset()), weights);
    expect([robust.close, Math.round(robust.topShare[0] * 10)]).to.deep.equal([false, 8]);
    const el = await smallWidget({ weights: 'cost:0,side-effects:1,relief:3' });
    const sentences = [...parts(el).howSure!.shadowRoot!.querySelectorAll('p')].map((p) => textOf(p));
    expect(sentences).to.deep.equal([
      'With your priorities, Alpha therapy lines up most closely. This is not a recommendation.',
      'In about 8 out of 10 ways the evidence could turn out, Alpha therapy still lines up most closely.',
      'If “What will it cost me?” mattered a bit more to you (about 2 instead of 0), Gamma exercise would line up about as well.',
    ]);
  });

  it('follows the sliders: a change that makes options close says so', async () => {
    const el = await smallWidget({ weights: 'cost:5,side-effects:5,relief:5' });
    expect(textOf(parts(el).howSure!.shadowRoot)).to.contain(
      'If “What will it cost me?” mattered less to you (about 2 instead of 5), Alpha therapy would line up about as well.',
    );
    for (const id of ['cost', 'relief']) {
      sliderFor(el, id).focus();
      await sendKeys({ press: 'Home' });
    }
    await settle(el);
    // Only side effects left: Alpha and Gamma both score 4.
    expect(textOf(parts(el).howSure!.shadowRoot)).to.contain(
      'Which of these lines up most closely could easily change: Alpha therapy and Gamma exercise.',
    );
  });

  it('with equal priorities chosen, says so instead of "your priorities", and invites a move', async () => {
    const el = await smallWidget();
    expect(markupOf(parts(el).howSure), 'nothing to read out before priorities are given').to.equal(null);
    await showEqual(el);
    const sentences = () => [...parts(el).howSure!.shadowRoot!.querySelectorAll('p')].map((p) => textOf(p));
    expect(sentences()[0]).to.match(
      /^With equal priorities, (Alpha therapy|Beta pills|Gamma exercise) lines up most closely\. This is not a recommendation\.$|^With equal priorities, which of these lines up most closely could easily change/,
    );
    expect(sentences()[1]).to.equal(
      'Every question counts the same now. Move the sliders to show what matters to you, and this picture will follow.',
    );
    expect(sentences().join(' ')).to.not.contain('your priorities');
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(sentences()[0]).to.match(
      /^(With your priorities, .* lines up most closely\. This is not a recommendation\.|Which of these lines up most closely could easily change)/,
    );
    expect(sentences().join(' ')).to.not.contain('Every question counts the same now');
  });

  it('never says best, winner, top or recommended, whatever the sliders', async () => {
    const el = await smallWidget();
    el.announceDelay = 0;
    for (const id of ['cost', 'side-effects', 'relief']) {
      for (const key of ['Home', 'End', 'PageDown', 'ArrowLeft']) {
        sliderFor(el, id).focus();
        await sendKeys({ press: key });
        await settle(el);
        await new Promise((r) => setTimeout(r, 5));
        expect(uiText(el)).to.not.match(BANNED);
      }
    }
    expect(uiText(el).length).to.be.greaterThan(20);
  });
});

describe('tc-how-sure on its own (readout, options, criteria, messages, atStart)', () => {
  const data = localiseDataset(smallDataset(), ['en']);
  const comparisonFor = (weights: Record<string, number>) =>
    createComparison()({ data, weights, condition: '', options: [], setAside: [] });
  async function howSureOf(weights: Record<string, number>) {
    const c = comparisonFor(weights);
    const el = await fixture<HowSure>(html`<tc-how-sure
      .readout=${c.readout}
      .options=${c.compared.options}
      .criteria=${c.compared.criteria}
      .messages=${englishMessages}
      .atStart=${c.atStart}
    ></tc-how-sure>`);
    await el.updateComplete;
    return el;
  }
  const sentences = (el: HowSure) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => textOf(p));

  it('shows nothing without a readout, or with nothing to read out', async () => {
    const el = await fixture<HowSure>(html`<tc-how-sure></tc-how-sure>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    el.readout = { kind: 'none' };
    await el.updateComplete;
    expect(markupOf(el.shadowRoot!.querySelector('[part="how-sure"]'))).to.equal(null);
  });

  it('reads out a clear picture: the closest fit first, not a recommendation, then what would change it', async () => {
    const el = await howSureOf({ cost: 10, 'side-effects': 3, relief: 0 });
    expect(sentences(el)).to.deep.equal([
      'With your priorities, Gamma exercise lines up most closely. This is not a recommendation.',
      'If “What will it cost me?” mattered less to you (about 0 instead of 10), Alpha therapy would line up about as well.',
    ]);
    expect(el.shadowRoot!.querySelector('p')!.className).to.equal('lead');
  });

  it('reads out options that fit about equally, by their labels', async () => {
    const el = await howSureOf({ cost: 0, 'side-effects': 10, relief: 0 });
    expect(sentences(el)[0]).to.equal('Which of these lines up most closely could easily change: Alpha therapy and Gamma exercise.');
    expect(sentences(el).join(' ')).to.not.match(BANNED);
  });

  it('with atStart, says every question counts the same', async () => {
    const el = await howSureOf({ cost: 5, 'side-effects': 5, relief: 5 });
    expect(el.atStart).to.equal(true);
    expect(sentences(el)[0]).to.match(/^With equal priorities, /);
    expect(sentences(el)[1]).to.equal(
      'Every question counts the same now. Move the sliders to show what matters to you, and this picture will follow.',
    );
    el.atStart = false;
    await el.updateComplete;
    expect(sentences(el).join(' ')).to.not.contain('Every question counts the same now');
  });

  it('passes axe', async () => {
    const el = await howSureOf({ cost: 0, 'side-effects': 1, relief: 3 });
    expect(sentences(el)).to.have.length(3);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
