import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SureCheck } from './sure-check.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

const radio = (el: SureCheck, item: string, value: 'yes' | 'no') =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="sure-${item}"][value="${value}"]`)!;

async function answer(el: SureCheck, answers: Record<string, 'yes' | 'no'>) {
  for (const [item, value] of Object.entries(answers)) radio(el, item, value).click();
  await el.updateComplete;
}

describe('journey: SURE check', () => {
  it('asks the four questions as labelled yes/no radio groups', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check></tc-sure-check>`);
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

  it('fires a bubbling, composed sure-change with the answers and score', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check></tc-sure-check>`);
    const log = recordEvents(document, ['sure-change']);
    await answer(el, { sure: 'yes', understand: 'no' });
    const last = log.of('sure-change').at(-1)!;
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail).to.deep.equal({ answers: { sure: true, understand: false }, score: 1, answered: 2, mayHelpToTalk: false });
  });

  it('says nothing until all four are answered; then a gentle note with next steps for each "no"', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check></tc-sure-check>`);
    await answer(el, { sure: 'yes', understand: 'no', ratio: 'yes' });
    expect(el.shadowRoot!.querySelector('[part="sure-note"]')).to.equal(null);
    await answer(el, { encouragement: 'no' });
    const note = el.shadowRoot!.querySelector('[part="sure-note"]')!;
    expect(textOf(note)).to.contain('Talking it through may help.');
    expect([...note.querySelectorAll('li')].map((li) => li.getAttribute('data-item'))).to.deep.equal(['understand', 'encouragement']);
    expect(note.closest('[aria-live]')).to.not.equal(null);
  });

  it('with four "yes" says so, without the note', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check></tc-sure-check>`);
    await answer(el, { sure: 'yes', understand: 'yes', ratio: 'yes', encouragement: 'yes' });
    expect(textOf(el.shadowRoot!.querySelector('[part="sure-note"]'))).to.equal('You answered yes to all four questions.');
  });

  it('shows restored answers and works with the keyboard alone', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check .answers=${{ sure: false }}></tc-sure-check>`);
    expect(radio(el, 'sure', 'no').checked).to.equal(true);
    radio(el, 'sure', 'no').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.answers.sure).to.equal(true);
  });

  it('speaks Spanish with the Spanish messages', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check .messages=${journeySpanish}></tc-sure-check>`);
    expect(textOf(el.shadowRoot)).to.contain('¿Conoce los beneficios y los riesgos de cada opción?');
  });

  it('passes axe, with and without the note', async () => {
    const el = await fixture<SureCheck>(html`<tc-sure-check></tc-sure-check>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    await answer(el, { sure: 'no', understand: 'no', ratio: 'no', encouragement: 'no' });
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
