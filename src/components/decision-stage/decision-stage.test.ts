import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DecisionStage } from './decision-stage.js';
import { controlledFixture, type SetBack } from '../../../test/browser/controlled-fixture.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

/** What <treatment-compare> does with `tc-stage-input`: it sets both values back. */
const asTheRoot: SetBack<DecisionStage> = {
  'tc-stage-input': (el, detail) => {
    el.stage = detail.stage;
    el.decisionRole = detail.role;
  },
};

const stageFixture = (template = html`<tc-decision-stage></tc-decision-stage>`, setBack = true) =>
  controlledFixture<DecisionStage>(template, asTheRoot, { setBack });

const input = (el: DecisionStage, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const checked = (el: DecisionStage) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);

describe('journey: where you are in deciding (tc-decision-stage, controlled)', () => {
  it('offers the four stages and three ways to decide as radio groups', async () => {
    const { el } = await stageFixture();
    expect(el.shadowRoot!.querySelectorAll('input[name="stage"]')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('input[name="role"]')).to.have.length(3);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => textOf(l));
    expect(legends).to.deep.equal(['How far along are you with this decision?', 'How would you like to decide?']);
    expect(textOf(el.shadowRoot)).to.contain('Together with my clinician');
    expect(el.shadowRoot!.querySelector('button.clear'), 'nothing to clear yet').to.equal(null);
  });

  it('reports each choice with tc-stage-input (bubbling, not composed) and shows what the root sets back', async () => {
    const c = await stageFixture();
    const publicLog = recordEvents(document, ['stage-change']);
    input(c.el, 'stage', 'considering').click();
    await c.settle();
    const first = c.of('tc-stage-input')[0];
    expect(first.detail).to.deep.equal({ stage: 'considering' });
    expect([first.bubbles, first.composed]).to.deep.equal([true, false]);
    expect(c.el.stage).to.equal('considering');
    input(c.el, 'role', 'together').click();
    await c.settle();
    expect(c.last('tc-stage-input'), 'the stage set back is kept with the new role').to.deep.equal({
      stage: 'considering',
      role: 'together',
    });
    expect(checked(c.el)).to.deep.equal(['stage=considering', 'role=together']);
    expect(c.of('tc-stage-input')).to.have.length(2);
    expect(c.leaked(), 'never reaches the page').to.deep.equal([]);
    expect(publicLog.events, 'the part fires no public event').to.deep.equal([]);
  });

  it('can be cleared: every step is optional, and focus stays in the group', async () => {
    const c = await stageFixture(html`<tc-decision-stage stage="close" decision-role="clinician"></tc-decision-stage>`);
    expect(checked(c.el)).to.deep.equal(['stage=close', 'role=clinician']);
    c.el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await c.settle();
    expect(c.last('tc-stage-input')).to.deep.equal({});
    expect([c.el.stage, c.el.decisionRole]).to.deep.equal([undefined, undefined]);
    expect(checked(c.el)).to.deep.equal([]);
    expect(c.el.shadowRoot!.querySelector('button.clear')).to.equal(null);
    expect(c.el.shadowRoot!.activeElement).to.equal(input(c.el, 'stage', 'not-thought'));
  });

  it('works with the keyboard alone: arrows choose, the clear button answers Enter', async () => {
    const c = await stageFixture(html`<tc-decision-stage stage="not-thought"></tc-decision-stage>`);
    input(c.el, 'stage', 'not-thought').focus();
    await sendKeys({ press: 'ArrowDown' });
    await c.settle();
    await sendKeys({ press: 'ArrowDown' });
    await c.settle();
    expect(c.of('tc-stage-input').map((e) => e.detail)).to.deep.equal([{ stage: 'considering' }, { stage: 'close' }]);
    expect(c.el.stage).to.equal('close');
    expect(c.el.shadowRoot!.activeElement).to.equal(input(c.el, 'stage', 'close'));
    // Tab leaves the stage group for the role group, then reaches the clear button.
    await sendKeys({ press: 'Tab' });
    expect(c.el.shadowRoot!.activeElement).to.equal(input(c.el, 'role', 'on-my-own'));
    await sendKeys({ press: 'Space' });
    await c.settle();
    expect(c.last('tc-stage-input')).to.deep.equal({ stage: 'close', role: 'on-my-own' });
    await sendKeys({ press: 'Tab' });
    expect(c.el.shadowRoot!.activeElement).to.equal(c.el.shadowRoot!.querySelector('button.clear'));
    await sendKeys({ press: 'Enter' });
    await c.settle();
    expect(c.last('tc-stage-input')).to.deep.equal({});
    expect(c.el.shadowRoot!.activeElement, 'focus does not fall out with the removed button').to.equal(input(c.el, 'stage', 'not-thought'));
  });

  it('leaves an unknown stage out of what it reports', async () => {
    const c = await stageFixture(html`<tc-decision-stage stage="<script>"></tc-decision-stage>`);
    expect(checked(c.el)).to.deep.equal([]);
    input(c.el, 'role', 'on-my-own').click();
    await c.settle();
    expect(c.last('tc-stage-input')).to.deep.equal({ role: 'on-my-own' });
  });

  it('without the root setting it back, never changes its own properties', async () => {
    const c = await stageFixture(html`<tc-decision-stage stage="close"></tc-decision-stage>`, false);
    input(c.el, 'stage', 'chosen').click();
    input(c.el, 'role', 'together').click();
    await c.settle();
    expect(c.of('tc-stage-input').map((e) => e.detail)).to.deep.equal([{ stage: 'chosen' }, { stage: 'close', role: 'together' }]);
    expect([c.el.stage, c.el.decisionRole]).to.deep.equal(['close', undefined]);
    c.el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
    await c.settle();
    expect(c.el.stage).to.equal('close');
    expect(c.el.shadowRoot!.querySelector('button.clear')).to.exist;
    // What the root sets is shown, whatever the person clicked before.
    c.el.stage = 'considering';
    await c.settle();
    expect(checked(c.el)).to.deep.equal(['stage=considering']);
  });

  it('speaks Spanish with the Spanish messages', async () => {
    const { el } = await stageFixture(html`<tc-decision-stage .messages=${journeySpanish} stage="close"></tc-decision-stage>`);
    expect(textOf(el.shadowRoot)).to.contain('¿Hasta dónde ha llegado con esta decisión?');
    expect(textOf(el.shadowRoot!.querySelector('button.clear'))).to.equal('Borrar mis respuestas');
  });

  it('passes axe, with and without answers', async () => {
    const c = await stageFixture();
    expect(await axeViolations(c.host)).to.deep.equal([]);
    input(c.el, 'stage', 'close').click();
    await c.settle();
    expect(await axeViolations(c.host)).to.deep.equal([]);
  });
});
