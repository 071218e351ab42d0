import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_NOTES_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS, type YourPlan } from './your-plan.js';
import { controlledFixture, INTERNAL_EVENTS, watchPage, type SetBack } from '../../../test/browser/controlled-fixture.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { axeViolations, textOf } from '../../../test/browser/journey-helpers.js';

/** What <treatment-compare> does with `tc-plan-input`: it sets the questions and notes back. */
const asTheRoot: SetBack<YourPlan> = {
  'tc-plan-input': (el, detail) => {
    el.questions = [...detail.questions];
    el.notes = detail.notes;
  },
};

const planFixture = (template = html`<tc-your-plan></tc-your-plan>`, setBack = true) =>
  controlledFixture<YourPlan>(template, asTheRoot, { setBack });

const inputs = (el: YourPlan) => [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('li textarea')];
const notesField = (el: YourPlan) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#notes')!;
const button = (el: YourPlan, selector: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
const focused = (el: YourPlan) => el.shadowRoot!.activeElement;

/** Every option's suggestions (no option ids given), then the general ones. */
const SUGGESTED = [
  'Is TMS a good choice for my pain? What are its possible benefits and downsides for me?',
  'How many TMS sessions would I need, how often, and for how long?',
  'Which pain medicine might suit me, and what side effects should I watch for?',
  'How many physical therapy visits would I need, and what would I do at home?',
  'Which changes to activity, sleep or stress could help my pain most, and who can help me make them?',
  'What is likely to happen if I keep my current care as it is?',
  'Does my insurance cover the options I am considering?',
  'Could I combine some of these options?',
];
const GENERAL = SUGGESTED.slice(-2);

describe('journey: your plan (tc-your-plan, controlled)', () => {
  it('starts with the suggested questions, each labelled and editable', async () => {
    const { el } = await planFixture();
    expect(inputs(el).map((i) => i.value)).to.deep.equal(SUGGESTED);
    expect(inputs(el).every((i) => el.shadowRoot!.querySelector(`label[for="${i.id}"]`))).to.equal(true);
    expect(el.questions, 'suggested, not set').to.equal(undefined);
  });

  it('reports an edit with tc-plan-input (bubbling, not composed): every question and the notes', async () => {
    const c = await planFixture();
    const first = inputs(c.el)[0];
    first.value = 'Will it help my back?';
    first.dispatchEvent(new Event('input'));
    await c.settle();
    const event = c.of('tc-plan-input')[0];
    expect(event.detail).to.deep.equal({ questions: ['Will it help my back?', ...SUGGESTED.slice(1)], notes: '' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    expect(c.el.questions![0]).to.equal('Will it help my back?');
    expect(inputs(c.el)[0].value).to.equal('Will it help my back?');
  });

  it('adds a row and focuses it once the root has set the questions back; a removed row hands focus on', async () => {
    const c = await planFixture();
    button(c.el, 'button.add').click();
    await c.settle();
    expect(c.last('tc-plan-input')!.questions).to.deep.equal([...SUGGESTED, '']);
    expect(inputs(c.el)).to.have.length(SUGGESTED.length + 1);
    expect(focused(c.el)).to.equal(inputs(c.el)[SUGGESTED.length]);

    button(c.el, 'button.remove').click();
    await c.settle();
    expect(c.last('tc-plan-input')!.questions).to.deep.equal([...SUGGESTED.slice(1), '']);
    expect(focused(c.el), 'the row that took its place').to.equal(inputs(c.el)[0]);

    // Removing the last row focuses the one before it.
    button(c.el, `button[aria-label="Remove question ${SUGGESTED.length}"]`).click();
    await c.settle();
    expect(inputs(c.el)).to.have.length(SUGGESTED.length - 1);
    expect(focused(c.el)).to.equal(inputs(c.el)[SUGGESTED.length - 2]);
  });

  it('removing every question leaves focus on the add button', async () => {
    const c = await planFixture(html`<tc-your-plan .questions=${['Only one']}></tc-your-plan>`);
    button(c.el, 'button.remove').click();
    await c.settle();
    expect(c.last('tc-plan-input')).to.deep.equal({ questions: [], notes: '' });
    expect(inputs(c.el)).to.have.length(0);
    expect(focused(c.el)).to.equal(button(c.el, 'button.add'));
  });

  it('works with the keyboard alone: add, type, remove, and notes', async () => {
    const c = await planFixture(html`<tc-your-plan .questions=${['First']}></tc-your-plan>`);
    button(c.el, 'button.add').focus();
    await sendKeys({ press: 'Enter' });
    await c.settle();
    expect(focused(c.el)).to.equal(inputs(c.el)[1]);
    await sendKeys({ type: 'Parking?' });
    await c.settle();
    expect(c.last('tc-plan-input')!.questions).to.deep.equal(['First', 'Parking?']);
    await sendKeys({ press: 'Tab' });
    expect(focused(c.el)).to.equal(c.el.shadowRoot!.querySelector('button[aria-label="Remove question 2"]'));
    await sendKeys({ press: 'Space' });
    await c.settle();
    expect(c.el.questions).to.deep.equal(['First']);
    expect(focused(c.el)).to.equal(inputs(c.el)[0]);
    notesField(c.el).focus();
    await sendKeys({ type: 'Ask about parking' });
    await c.settle();
    expect(c.last('tc-plan-input')).to.deep.equal({ questions: ['First'], notes: 'Ask about parking' });
    expect(c.el.notes).to.equal('Ask about parking');
    expect(c.el.shadowRoot!.querySelector('#notes-hint')!.textContent).to.contain('never put in a link');
  });

  it('never lets free text reach the page: nothing at document or a capturing window listener', async () => {
    const c = await planFixture();
    const page = watchPage([...INTERNAL_EVENTS, 'plan-change', 'input', 'change', 'keydown', 'keyup']);
    try {
      inputs(c.el)[0].focus();
      await sendKeys({ type: ' secret-question-41' });
      notesField(c.el).focus();
      await sendKeys({ type: 'secret-note-42' });
      await c.settle();
    } finally {
      page.stop();
    }
    expect(c.last('tc-plan-input')!.notes).to.equal('secret-note-42');
    expect(c.last('tc-plan-input')!.questions[0]).to.contain('secret-question-41');
    expect(page.seen.length, 'the native key and input events still reach the page').to.be.greaterThan(0);
    expect(page.seen.filter((e) => e.type.startsWith('tc-') || e.type === 'plan-change')).to.deep.equal([]);
    expect(page.text()).to.not.contain('secret');
    expect(c.leaked()).to.deep.equal([]);
  });

  it('caps what it reports: question and note lengths, and the number of questions', async () => {
    const c = await planFixture();
    const first = inputs(c.el)[0];
    first.value = 'q'.repeat(MAX_QUESTION_CHARS + 20);
    first.dispatchEvent(new Event('input'));
    expect(c.last('tc-plan-input')!.questions[0]).to.have.length(MAX_QUESTION_CHARS);
    const notes = notesField(c.el);
    notes.value = 'n'.repeat(MAX_NOTES_CHARS + 20);
    notes.dispatchEvent(new Event('input'));
    expect(c.last('tc-plan-input')!.notes).to.have.length(MAX_NOTES_CHARS);
    c.el.questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => `Q${i}`);
    await c.settle();
    const count = c.events.length;
    expect(button(c.el, 'button.add').disabled).to.equal(true);
    button(c.el, 'button.add').click();
    expect(c.events.length, 'a full list reports nothing').to.equal(count);
  });

  it('without the root setting them back, never changes its own questions or notes', async () => {
    const c = await planFixture(html`<tc-your-plan></tc-your-plan>`, false);
    button(c.el, 'button.add').click();
    await c.settle();
    button(c.el, 'button.remove').click();
    await c.settle();
    const notes = notesField(c.el);
    notes.value = 'typed';
    notes.dispatchEvent(new Event('input'));
    await c.settle();
    expect(c.of('tc-plan-input')).to.have.length(3);
    expect(c.el.questions).to.equal(undefined);
    expect(c.el.notes).to.equal('');
    expect(inputs(c.el).map((i) => i.value)).to.deep.equal(SUGGESTED);
  });

  it('suggests questions in Spanish', async () => {
    const { el } = await planFixture(html`<tc-your-plan .messages=${journeySpanish}></tc-your-plan>`);
    expect(inputs(el)[0].value).to.match(/^¿Es la EMT una buena opción para mi dolor\?/);
    expect(textOf(el.shadowRoot!.querySelector('label[for="q-0"]'))).to.equal('Pregunta 1');
    expect(el.shadowRoot!.querySelector('button.remove')!.getAttribute('aria-label')).to.equal('Quitar la pregunta 1');
  });

  it('suggests questions for the options still compared: none about TMS once TMS is set aside', async () => {
    const c = await planFixture(html`<tc-your-plan .optionIds=${['tms', 'medication']}></tc-your-plan>`);
    expect(inputs(c.el).map((i) => i.value)).to.deep.equal([...SUGGESTED.slice(0, 3), ...GENERAL]);
    c.el.optionIds = ['medication', 'lifestyle'];
    await c.settle();
    const values = inputs(c.el).map((i) => i.value);
    expect(values).to.deep.equal([SUGGESTED[2], SUGGESTED[4], ...GENERAL]);
    expect(values.join(' ')).to.not.contain('TMS');
    c.el.optionIds = [];
    await c.settle();
    expect(
      inputs(c.el).map((i) => i.value),
      'nothing compared: the general questions',
    ).to.deep.equal(GENERAL);
    // Once the person has edited them, the questions are theirs: a change of options leaves them.
    c.el.optionIds = ['tms'];
    inputs(c.el)[0].value = 'Mine';
    inputs(c.el)[0].dispatchEvent(new Event('input'));
    await c.settle();
    c.el.optionIds = ['medication'];
    await c.settle();
    expect(inputs(c.el).map((i) => i.value)).to.deep.equal(['Mine', SUGGESTED[1], ...GENERAL]);
  });

  it('grows each question field with its text, and keeps it inside a 320 px phone', async () => {
    const long =
      'Could I try the sessions on weekdays after work, and if I miss one, can I make it up the same week without starting again?';
    const c = await planFixture(html`<tc-your-plan .questions=${['Short?', long]}></tc-your-plan>`);
    // A 320 px phone less the page's margins.
    const phone = c.host;
    phone.style.setProperty('width', '288px');
    await c.settle();
    const [short, tall] = inputs(c.el);
    const lineHeight = parseFloat(getComputedStyle(short).lineHeight) || 20;
    console.log(
      `plan at 288 px: question fields ${Math.round(short.getBoundingClientRect().height)} px and ${Math.round(tall.getBoundingClientRect().height)} px tall; the long one scrolls ${tall.scrollHeight - tall.clientHeight} px`,
    );
    expect(tall.scrollHeight - tall.clientHeight, 'no hidden text in the long question').to.be.at.most(1);
    expect(tall.getBoundingClientRect().height, 'the long question is several lines tall').to.be.greaterThan(3 * lineHeight);
    expect(tall.getBoundingClientRect().right).to.be.at.most(phone.getBoundingClientRect().right + 0.5);
    expect(short.getBoundingClientRect().height, 'a short question stays a touch target, not a block').to.be.within(44, 3 * lineHeight);
  });

  it('passes axe', async () => {
    const c = await planFixture(html`<tc-your-plan .notes=${'Some notes'}></tc-your-plan>`);
    expect(await axeViolations(c.host)).to.deep.equal([]);
  });
});
