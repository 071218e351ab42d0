import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DecisionStage } from './decision-stage.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

const input = (el: DecisionStage, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;

describe('journey: where you are in deciding', () => {
  it('offers the four stages and three ways to decide as radio groups', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage></tc-decision-stage>`);
    expect(el.shadowRoot!.querySelectorAll('input[name="stage"]')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('input[name="role"]')).to.have.length(3);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => textOf(l));
    expect(legends).to.deep.equal(['How far along are you with this decision?', 'How would you like to decide?']);
    expect(textOf(el.shadowRoot)).to.contain('Together with my clinician');
  });

  it('fires stage-change with what was chosen', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage></tc-decision-stage>`);
    const log = recordEvents(document, ['stage-change']);
    input(el, 'stage', 'considering').click();
    expect(log.of('stage-change').at(-1)!.detail).to.deep.equal({ stage: 'considering' });
    input(el, 'role', 'together').click();
    const last = log.of('stage-change').at(-1)!;
    expect(last.detail).to.deep.equal({ stage: 'considering', role: 'together' });
    expect(last.bubbles && last.composed).to.equal(true);
  });

  it('can be cleared: every step is optional', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage stage="close" decision-role="clinician"></tc-decision-stage>`);
    expect(input(el, 'stage', 'close').checked).to.equal(true);
    const log = recordEvents(document, ['stage-change']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await el.updateComplete;
    expect(log.of('stage-change').at(-1)!.detail).to.deep.equal({});
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).to.equal(false);
    expect(el.shadowRoot!.querySelector('button.clear')).to.equal(null);
  });

  it('works with the keyboard alone', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage stage="not-thought"></tc-decision-stage>`);
    input(el, 'stage', 'not-thought').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.stage).to.equal('close');
  });

  it('ignores an unknown stage', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage stage="<script>"></tc-decision-stage>`);
    const log = recordEvents(document, ['stage-change']);
    input(el, 'role', 'on-my-own').click();
    expect(log.of('stage-change').at(-1)!.detail).to.deep.equal({ role: 'on-my-own' });
  });

  it('passes axe', async () => {
    const el = await fixture<DecisionStage>(html`<tc-decision-stage stage="close"></tc-decision-stage>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
