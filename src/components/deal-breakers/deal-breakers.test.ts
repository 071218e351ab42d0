import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_CONCERN_CHARS, type DealBreakers } from './deal-breakers.js';
import { controlledFixture, INTERNAL_EVENTS, watchPage, type SetBack } from '../../../test/browser/controlled-fixture.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

const OPTIONS = [
  { id: 'alpha', label: 'Alpha therapy' },
  { id: 'beta', label: 'Beta pills' },
];

/** What <treatment-compare> does with `tc-deal-breakers-input`: it sets both values back. */
const asTheRoot: SetBack<DealBreakers> = {
  'tc-deal-breakers-input': (el, detail) => {
    el.setAside = [...detail.setAside];
    el.concern = detail.concern;
  },
};

const dealFixture = (template = html`<tc-deal-breakers .options=${OPTIONS}></tc-deal-breakers>`, setBack = true) =>
  controlledFixture<DealBreakers>(template, asTheRoot, { setBack });

const box = (el: DealBreakers, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[type="checkbox"][data-option="${id}"]`)!;
const rating = (el: DealBreakers, id: string) => el.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-option="${id}"]`)!;
const button = (el: DealBreakers, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
const focused = (el: DealBreakers) => el.shadowRoot!.activeElement;

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

describe('journey: deal-breakers and your own concern (tc-deal-breakers, controlled)', () => {
  it('sets an option aside and back with tc-deal-breakers-input (bubbling, not composed)', async () => {
    const c = await dealFixture();
    const publicLog = recordEvents(document, ['deal-breakers-change']);
    expect(textOf(box(c.el, 'beta').closest('label'))).to.equal('Not an option for me: Beta pills');
    box(c.el, 'beta').click();
    await c.settle();
    const event = c.of('tc-deal-breakers-input')[0];
    expect(event.detail).to.deep.equal({ setAside: ['beta'] });
    expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    expect(c.el.setAside).to.deep.equal(['beta']);
    box(c.el, 'alpha').click();
    await c.settle();
    expect(c.last('tc-deal-breakers-input'), "in the options' order").to.deep.equal({ setAside: ['alpha', 'beta'] });
    box(c.el, 'beta').click();
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({ setAside: ['alpha'] });
    expect([box(c.el, 'alpha').checked, box(c.el, 'beta').checked]).to.deep.equal([true, false]);
    expect(c.leaked()).to.deep.equal([]);
    expect(publicLog.events).to.deep.equal([]);
  });

  it('says so when every option is set aside', async () => {
    const c = await dealFixture();
    box(c.el, 'alpha').click();
    await c.settle();
    expect(c.el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    box(c.el, 'beta').click();
    await c.settle();
    expect(textOf(c.el.shadowRoot!.querySelector('[role="status"]'))).to.contain('nothing left to compare');
  });

  it('adds a named concern rated 1-5 per option, and removes it, moving focus each time', async () => {
    const c = await dealFixture();
    button(c.el, 'button.add-concern').click();
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({ setAside: [], concern: { label: '', ratings: {} } });
    const name = c.el.shadowRoot!.querySelector<HTMLInputElement>('#concern-name')!;
    expect(focused(c.el), 'the new name field').to.equal(name);
    expect(textOf(c.el.shadowRoot!.querySelector('label[for="concern-name"]'))).to.equal('Your concern');
    name.value = 'Driving after treatment';
    name.dispatchEvent(new Event('input'));
    await c.settle();
    choose(rating(c.el, 'alpha'), '4');
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({
      setAside: [],
      concern: { label: 'Driving after treatment', ratings: { alpha: 4 } },
    });
    choose(rating(c.el, 'beta'), '2');
    await c.settle();
    choose(rating(c.el, 'alpha'), '');
    await c.settle();
    expect(c.last('tc-deal-breakers-input')!.concern, '"Not rated" takes the rating away').to.deep.equal({
      label: 'Driving after treatment',
      ratings: { beta: 2 },
    });
    expect([rating(c.el, 'alpha').value, rating(c.el, 'beta').value]).to.deep.equal(['', '2']);
    button(c.el, 'button.remove-concern').click();
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({ setAside: [] });
    expect(c.el.concern).to.equal(undefined);
    expect(focused(c.el), 'back on the add button').to.equal(button(c.el, 'button.add-concern'));
  });

  it('keeps the options set aside when the concern changes, and the concern when an option is set aside', async () => {
    const c = await dealFixture(
      html`<tc-deal-breakers .options=${OPTIONS} .setAside=${['beta']} .concern=${{ label: 'Driving', ratings: { alpha: 3 } }}></tc-deal-breakers>`,
    );
    choose(rating(c.el, 'beta'), '5');
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({
      setAside: ['beta'],
      concern: { label: 'Driving', ratings: { alpha: 3, beta: 5 } },
    });
    box(c.el, 'alpha').click();
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({
      setAside: ['alpha', 'beta'],
      concern: { label: 'Driving', ratings: { alpha: 3, beta: 5 } },
    });
  });

  it('works with the keyboard alone', async () => {
    const c = await dealFixture();
    box(c.el, 'alpha').focus();
    await sendKeys({ press: 'Space' });
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({ setAside: ['alpha'] });
    await sendKeys({ press: 'Tab' });
    expect(focused(c.el)).to.equal(box(c.el, 'beta'));
    await sendKeys({ press: 'Tab' });
    expect(focused(c.el)).to.equal(button(c.el, 'button.add-concern'));
    await sendKeys({ press: 'Enter' });
    await c.settle();
    await sendKeys({ type: 'Sleep' });
    await c.settle();
    expect(c.last('tc-deal-breakers-input')).to.deep.equal({ setAside: ['alpha'], concern: { label: 'Sleep', ratings: {} } });
    await sendKeys({ press: 'Tab' });
    expect(focused(c.el)).to.equal(rating(c.el, 'alpha'));
  });

  it('never lets the concern it is given a name reach the page: nothing at document or a capturing window listener', async () => {
    const c = await dealFixture();
    const page = watchPage([...INTERNAL_EVENTS, 'deal-breakers-change', 'input', 'change', 'keydown', 'keyup']);
    try {
      button(c.el, 'button.add-concern').click();
      await c.settle();
      await sendKeys({ type: 'secret-concern-43' });
      await c.settle();
      choose(rating(c.el, 'alpha'), '3');
      await c.settle();
    } finally {
      page.stop();
    }
    expect(c.last('tc-deal-breakers-input')!.concern!.label).to.equal('secret-concern-43');
    expect(page.seen.length, 'the native key and input events still reach the page').to.be.greaterThan(0);
    expect(page.seen.filter((e) => e.type.startsWith('tc-') || e.type === 'deal-breakers-change')).to.deep.equal([]);
    expect(page.text()).to.not.contain('secret');
    expect(c.leaked()).to.deep.equal([]);
  });

  it('cuts the name to its limit', async () => {
    const c = await dealFixture(html`<tc-deal-breakers .options=${OPTIONS} .concern=${{ label: '', ratings: {} }}></tc-deal-breakers>`);
    const name = c.el.shadowRoot!.querySelector<HTMLInputElement>('#concern-name')!;
    name.value = 'x'.repeat(MAX_CONCERN_CHARS + 5);
    name.dispatchEvent(new Event('input'));
    expect(c.last('tc-deal-breakers-input')!.concern!.label).to.have.length(MAX_CONCERN_CHARS);
  });

  it('without the root setting them back, never changes its own options set aside or concern', async () => {
    const c = await dealFixture(html`<tc-deal-breakers .options=${OPTIONS}></tc-deal-breakers>`, false);
    box(c.el, 'beta').click();
    await c.settle();
    button(c.el, 'button.add-concern').click();
    await c.settle();
    expect(c.of('tc-deal-breakers-input').map((e) => e.detail)).to.deep.equal([
      { setAside: ['beta'] },
      { setAside: [], concern: { label: '', ratings: {} } },
    ]);
    expect(c.el.setAside).to.deep.equal([]);
    expect(c.el.concern).to.equal(undefined);
    expect(c.el.shadowRoot!.querySelector('#concern-name'), 'no concern form the root did not open').to.equal(null);
  });

  it('speaks Spanish with the Spanish messages', async () => {
    const { el } = await dealFixture(html`<tc-deal-breakers .options=${OPTIONS} .messages=${journeySpanish}></tc-deal-breakers>`);
    expect(textOf(box(el, 'beta').closest('label'))).to.equal('No es una opción para mí: Beta pills');
  });

  it('passes axe, with a concern open and with every option set aside', async () => {
    const c = await dealFixture(
      html`<tc-deal-breakers .options=${OPTIONS} .concern=${{ label: 'Driving', ratings: { beta: 2 } }}></tc-deal-breakers>`,
    );
    expect(rating(c.el, 'beta').value).to.equal('2');
    expect(await axeViolations(c.host)).to.deep.equal([]);
    c.el.setAside = ['alpha', 'beta'];
    await c.settle();
    expect(await axeViolations(c.host)).to.deep.equal([]);
  });
});
