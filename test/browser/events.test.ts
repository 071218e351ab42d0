import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { computeFit, computeRobustness, resolveView } from '../../src/model/index.js';
import type { RankingChangeDetail, WeightsChangeDetail } from '../../src/index.js';
import { parts, recordEvents, settle, sliderFor, smallDataset, smallWidget, wait } from './helpers.js';

const NAMES = ['weights-change', 'ranking-change', 'dataset-error'];

describe('events', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('fires weights-change and ranking-change once for one key press, bubbling and composed', async () => {
    const el = await smallWidget();
    const log = recordEvents(document, NAMES);
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(log.of('weights-change').length).to.equal(1);
    expect(log.of('ranking-change').length).to.equal(1);
    const weights = log.of('weights-change')[0] as CustomEvent<WeightsChangeDetail>;
    expect(weights.bubbles && weights.composed).to.equal(true);
    expect(weights.detail.weights).to.deep.equal({ cost: 6, 'side-effects': 5, relief: 5 });
    const ranking = log.of('ranking-change')[0] as CustomEvent<RankingChangeDetail>;
    expect(ranking.bubbles && ranking.composed).to.equal(true);
    const view = resolveView(smallDataset());
    const fit = computeFit(view, weights.detail.weights);
    const robust = computeRobustness(view, weights.detail.weights);
    expect(
      ranking.detail.fits.map((f) => f.optionId),
      'dataset order',
    ).to.deep.equal(['alpha', 'beta', 'gamma']);
    ranking.detail.fits.forEach((f, i) => expect(f.fit).to.be.closeTo(fit.fits[i].fit, 1e-9));
    expect(ranking.detail.close).to.equal(robust.close);
    expect(ranking.detail.contenders).to.deep.equal(robust.contenders);
  });

  it('fires once for a whole mouse drag, while the chart follows the drag', async () => {
    const el = await smallWidget();
    const input = sliderFor(el, 'relief');
    input.scrollIntoView({ block: 'center' });
    // Measure once the scroll has been painted, from a mouse in its initial state (no button held):
    // once in a full run the press missed the thumb and nothing moved.
    await resetMouse();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = input.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    const at = (fraction: number) => Math.round(box.left + 8 + fraction * (box.width - 16));
    const log = recordEvents(document, NAMES);
    const values: string[] = [];
    await sendMouse({ type: 'move', position: [at(0.5), y] });
    await sendMouse({ type: 'down' });
    for (const f of [0.6, 0.7, 0.8, 0.9]) {
      await sendMouse({ type: 'move', position: [at(f), y] });
      await settle(el);
      values.push(String(el.currentWeights.relief));
    }
    expect(log.of('weights-change').length, 'nothing reported mid-drag').to.equal(0);
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(new Set(values).size, `the weights followed the drag: ${values}`).to.be.greaterThan(1);
    expect(log.of('weights-change').length).to.equal(1);
    expect(log.of('ranking-change').length).to.equal(1);
    expect((log.of('weights-change')[0] as CustomEvent<WeightsChangeDetail>).detail.weights.relief).to.equal(9);
  });

  it('treats reset as one user change, and a reset that changes nothing fires nothing', async () => {
    const el = await smallWidget({ weights: 'cost:9' });
    const log = recordEvents(document, NAMES);
    const reset = parts(el).sliders.shadowRoot!.querySelector('button')!;
    reset.click();
    await settle(el);
    expect(log.of('weights-change').length).to.equal(1);
    expect((log.of('weights-change')[0] as CustomEvent<WeightsChangeDetail>).detail.weights).to.deep.equal({
      cost: 5,
      'side-effects': 5,
      relief: 5,
    });
    expect(log.of('ranking-change').length).to.equal(1);
    reset.click();
    await settle(el);
    expect(log.of('weights-change').length).to.equal(1);
    expect(log.of('ranking-change').length).to.equal(1);
  });

  it('fires ranking-change (not weights-change) when the user picks a condition that changes the fits', async () => {
    // Priorities given by the page (no event), so there are fits to change.
    const el = await smallWidget({ weights: 'cost:5,side-effects:5,relief:5' });
    const log = recordEvents(document, NAMES);
    const select = parts(el).select!;
    select.value = 'migraine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(log.of('weights-change').length).to.equal(0);
    expect(log.of('ranking-change').length).to.equal(1);
    expect(el.condition).to.equal('migraine');
  });

  it('never fires on programmatic property or attribute sets', async () => {
    const el = await smallWidget();
    const log = recordEvents(document, NAMES);
    el.weights = 'cost:9,relief:1';
    await settle(el);
    el.setAttribute('weights', 'side-effects:0');
    await settle(el);
    el.condition = 'migraine';
    await settle(el);
    el.setAttribute('options', 'alpha,beta');
    await settle(el);
    el.options = '';
    await settle(el);
    const other = smallDataset();
    other.meta.title = 'Another title';
    el.dataset = other;
    await settle(el);
    await wait(100);
    expect(log.events.map((e) => e.type)).to.deep.equal([]);
    expect(sliderFor(el, 'side-effects').value).to.equal('0');
  });

  it('after a programmatic set, the next user change is compared with the new values', async () => {
    const el = await smallWidget();
    el.weights = 'cost:6';
    await settle(el);
    const log = recordEvents(document, NAMES);
    // The user moves cost from 6 to 7: one change.
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(log.of('weights-change').length).to.equal(1);
    expect((log.of('weights-change')[0] as CustomEvent<WeightsChangeDetail>).detail.weights.cost).to.equal(7);
  });

  it('does not fire when a key press cannot move the slider', async () => {
    const el = await smallWidget({ weights: 'cost:10' });
    const log = recordEvents(document, NAMES);
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'PageUp' });
    await settle(el);
    expect(log.events.length).to.equal(0);
  });
});
