import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SureCheck } from './sure-check.js';
import { controlledFixture, type SetBack } from '../../../test/browser/controlled-fixture.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

/** What <treatment-compare> does with `tc-sure-input`: it sets the answers back (a copy). */
const asTheRoot: SetBack<SureCheck> = {
  'tc-sure-input': (el, detail) => {
    el.answers = { ...detail.answers };
  },
};

const sureFixture = (template = html`<tc-sure-check></tc-sure-check>`, setBack = true) =>
  controlledFixture<SureCheck>(template, asTheRoot, { setBack });

const radio = (el: SureCheck, item: string, value: 'yes' | 'no') =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="sure-${item}"][value="${value}"]`)!;

/** Clicks answers one at a time, letting the root set each one back before the next. */
async function answer(c: Awaited<ReturnType<typeof sureFixture>>, answers: Record<string, 'yes' | 'no'>) {
  for (const [item, value] of Object.entries(answers)) {
    radio(c.el, item, value).click();
    await c.settle();
  }
}

describe('journey: SURE check (tc-sure-check, controlled)', () => {
  it('asks the four questions as labelled yes/no radio groups', async () => {
    const { el } = await sureFixture();
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset legend')].map((l) => textOf(l));
    expect(legends).to.deep.equal([
      'Do you feel sure about the best choice for you?',
      'Do you know the benefits and risks of each option?',
      'Are you clear about which benefits and risks matter most to you?',
      'Do you have enough support and advice to make a choice?',
    ]);
    expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(8);
    expect(el.shadowRoot!.querySelector('[part="sure-note"]')).to.equal(null);
  });

  it('reports every answer given so far with tc-sure-input (bubbling, not composed), and no public event', async () => {
    const c = await sureFixture();
    const publicLog = recordEvents(document, ['sure-change']);
    await answer(c, { sure: 'yes', understand: 'no' });
    expect(c.of('tc-sure-input').map((e) => e.detail)).to.deep.equal([
      { answers: { sure: true } },
      { answers: { sure: true, understand: false } },
    ]);
    const last = c.of('tc-sure-input').at(-1)!;
    expect([last.bubbles, last.composed]).to.deep.equal([true, false]);
    expect(c.el.answers).to.deep.equal({ sure: true, understand: false });
    expect([radio(c.el, 'sure', 'yes').checked, radio(c.el, 'understand', 'no').checked]).to.deep.equal([true, true]);
    expect(c.leaked()).to.deep.equal([]);
    expect(publicLog.events, 'the root fires sure-change, not the part').to.deep.equal([]);
  });

  it('changes an answer: the detail holds the others as the root set them', async () => {
    const c = await sureFixture(html`<tc-sure-check .answers=${{ sure: true, ratio: false }}></tc-sure-check>`);
    radio(c.el, 'ratio', 'yes').click();
    await c.settle();
    expect(c.last('tc-sure-input')).to.deep.equal({ answers: { sure: true, ratio: true } });
  });

  it('says nothing until all four are answered; then a gentle note with next steps for each "no"', async () => {
    const c = await sureFixture();
    await answer(c, { sure: 'yes', understand: 'no', ratio: 'yes' });
    expect(c.el.shadowRoot!.querySelector('[part="sure-note"]')).to.equal(null);
    await answer(c, { encouragement: 'no' });
    const note = c.el.shadowRoot!.querySelector('[part="sure-note"]')!;
    expect(textOf(note)).to.contain('Talking it through may help.');
    expect([...note.querySelectorAll('li')].map((li) => li.getAttribute('data-item'))).to.deep.equal(['understand', 'encouragement']);
    expect(note.closest('[aria-live]')).to.not.equal(null);
  });

  it('with four "yes" says so, without the note', async () => {
    const c = await sureFixture();
    await answer(c, { sure: 'yes', understand: 'yes', ratio: 'yes', encouragement: 'yes' });
    expect(textOf(c.el.shadowRoot!.querySelector('[part="sure-note"]'))).to.equal('You answered yes to all four questions.');
  });

  it('shows restored answers and works with the keyboard alone', async () => {
    const c = await sureFixture(html`<tc-sure-check .answers=${{ sure: false }}></tc-sure-check>`);
    expect(radio(c.el, 'sure', 'no').checked).to.equal(true);
    radio(c.el, 'sure', 'no').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await c.settle();
    expect(c.last('tc-sure-input')).to.deep.equal({ answers: { sure: true } });
    expect(c.el.answers.sure).to.equal(true);
    expect(c.el.shadowRoot!.activeElement).to.equal(radio(c.el, 'sure', 'yes'));
    // Tab moves to the next question; Space answers it.
    await sendKeys({ press: 'Tab' });
    expect(c.el.shadowRoot!.activeElement).to.equal(radio(c.el, 'understand', 'yes'));
    await sendKeys({ press: 'Space' });
    await c.settle();
    expect(c.last('tc-sure-input')).to.deep.equal({ answers: { sure: true, understand: true } });
  });

  it('without the root setting them back, never changes its own answers; each report builds on the last', async () => {
    const c = await sureFixture(html`<tc-sure-check .answers=${{ sure: false }}></tc-sure-check>`, false);
    for (const item of ['sure', 'understand', 'ratio', 'encouragement']) radio(c.el, item, 'yes').click();
    await c.settle();
    expect(c.of('tc-sure-input')).to.have.length(4);
    // The root's render can wait its turn: a quick next answer must not undo the one before it.
    expect(c.last('tc-sure-input')).to.deep.equal({ answers: { sure: true, understand: true, ratio: true, encouragement: true } });
    expect(c.el.answers).to.deep.equal({ sure: false });
    expect(c.el.shadowRoot!.querySelector('[part="sure-note"]'), 'no note for answers the root did not take').to.equal(null);
  });

  it('answers given before the root passes the last ones back are all kept, and a "no" stays a "no"', async () => {
    const c = await sureFixture(html`<tc-sure-check .answers=${{}}></tc-sure-check>`, false);
    radio(c.el, 'ratio', 'yes').click();
    c.el.answers = { ...c.last('tc-sure-input')!.answers }; // the root's render for the first answer
    await c.settle();
    radio(c.el, 'ratio', 'no').click(); // the root's render for this one is still waiting its turn
    radio(c.el, 'encouragement', 'yes').click();
    expect(c.last('tc-sure-input')).to.deep.equal({ answers: { ratio: false, encouragement: true } });
  });

  it('speaks Spanish with the Spanish messages', async () => {
    const { el } = await sureFixture(html`<tc-sure-check .messages=${journeySpanish}></tc-sure-check>`);
    expect(textOf(el.shadowRoot)).to.contain('¿Conoce los beneficios y los riesgos de cada opción?');
    // Not gendered: the same words for every reader (it once asked "¿Se siente seguro…?").
    expect(textOf(el.shadowRoot)).to.contain('¿Tiene claro cuál es la mejor opción para usted?');
    expect(textOf(el.shadowRoot!.querySelector('h3'))).to.equal('¿Tiene lo que necesita para decidir?');
  });

  it('passes axe, with and without the note', async () => {
    const c = await sureFixture();
    expect(await axeViolations(c.host)).to.deep.equal([]);
    await answer(c, { sure: 'no', understand: 'no', ratio: 'no', encouragement: 'no' });
    expect(c.el.shadowRoot!.querySelector('[part="sure-note"]')).to.exist;
    expect(await axeViolations(c.host)).to.deep.equal([]);
  });
});
