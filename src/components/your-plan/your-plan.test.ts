import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { YourPlan } from './your-plan.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, recordEvents } from '../../../test/browser/journey-helpers.js';

const inputs = (el: YourPlan) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('li input')];

describe('journey: your plan', () => {
  it('starts with the five suggested questions, each labelled and editable', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan></tc-your-plan>`);
    expect(inputs(el).map((i) => i.value)).to.deep.equal([
      'Is TMS a good choice for my pain?',
      'What are the possible benefits and downsides of TMS for me?',
      'How many sessions would I need, how often, and for how long?',
      'Does my insurance cover it?',
      'Which other therapies should I consider alongside it?',
    ]);
    expect(inputs(el).every((i) => el.shadowRoot!.querySelector(`label[for="${i.id}"]`))).to.equal(true);
  });

  it('edits, adds and removes questions, firing plan-change', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan></tc-your-plan>`);
    const log = recordEvents(document, ['plan-change']);
    const first = inputs(el)[0];
    first.value = 'Will it help my back?';
    first.dispatchEvent(new Event('input'));
    expect(log.of('plan-change').at(-1)!.detail.questions[0]).to.equal('Will it help my back?');

    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(inputs(el)).to.have.length(6);
    expect(el.shadowRoot!.activeElement).to.equal(inputs(el)[5]);

    el.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const detail = log.of('plan-change').at(-1)!.detail;
    expect(detail.questions).to.have.length(5);
    expect(detail.questions[0]).to.equal('What are the possible benefits and downsides of TMS for me?');
    expect(el.shadowRoot!.activeElement).to.equal(inputs(el)[0]);
  });

  it('removing every question leaves focus on the add button', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan .questions=${['Only one']}></tc-your-plan>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(inputs(el)).to.have.length(0);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button.add'));
  });

  it('keeps notes, typed with the keyboard, and says they stay on the device', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan></tc-your-plan>`);
    const log = recordEvents(document, ['plan-change']);
    el.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Ask about parking' });
    expect(log.of('plan-change').at(-1)!.detail.notes).to.equal('Ask about parking');
    expect(el.shadowRoot!.querySelector('#notes-hint')!.textContent).to.contain('never put in a link');
  });

  it('suggests questions in Spanish', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan .messages=${journeySpanish}></tc-your-plan>`);
    expect(inputs(el)[0].value).to.equal('¿Es la EMT una buena opción para mi dolor?');
  });

  it('passes axe', async () => {
    const el = await fixture<YourPlan>(html`<tc-your-plan></tc-your-plan>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
