import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { englishMessages } from '../../i18n/index.js';
import { localiseDataset, resolveView, type Dataset } from '../../model/index.js';
import type { OptionGrid } from './option-grid.js';
import { compactGridLayout } from './option-grid.compact.js';
import { attributeText, axeViolations, smallDataset, textOf } from '../../../test/browser/helpers.js';

/** `<tc-option-grid compact>` on its own, at a width, with the small dataset (or another). */
async function compactGrid(data: Dataset = smallDataset(), width = 700) {
  const local = localiseDataset(data, ['en']);
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  render(
    html`<tc-option-grid compact .compactLayout=${compactGridLayout} .view=${resolveView(local)} .data=${local} .messages=${englishMessages}></tc-option-grid>`,
    wrapper,
  );
  await fixture(wrapper);
  const el = wrapper.querySelector('tc-option-grid') as OptionGrid;
  await el.updateComplete;
  return el;
}

const root = (el: OptionGrid) => el.shadowRoot!;
const button = (el: OptionGrid, option: string, criterion: string) =>
  root(el).querySelector<HTMLButtonElement>(`button.cell-button[data-option="${option}"][data-criterion="${criterion}"]`)!;
const popover = (el: OptionGrid) => root(el).querySelector<HTMLElement>('.cell-popover')!;
const isOpen = (el: OptionGrid) => popover(el).matches(':popover-open');

/** Waits for the grid to render what the click asked for (it renders, then shows the popover). */
async function afterClick(el: OptionGrid) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

describe('tc-option-grid compact (counselor mode)', () => {
  it('draws nothing until counselor mode hands over its layout, which brings its controller and styles', async () => {
    const local = localiseDataset(smallDataset(), ['en']);
    const el = await fixture<OptionGrid>(html`<tc-option-grid compact .view=${resolveView(local)} .data=${local}></tc-option-grid>`);
    const sheets = root(el).adoptedStyleSheets.length;
    expect(root(el).querySelector('table')).to.equal(null);
    el.compactLayout = compactGridLayout;
    await el.updateComplete;
    expect(root(el).querySelectorAll('button.cell-button')).to.have.length(9);
    expect(root(el).adoptedStyleSheets.length, 'the compact sheet, after the grid').to.equal(sheets + 1);
    el.compact = false;
    await el.updateComplete;
    expect(root(el).adoptedStyleSheets.length, 'the patient layout drops it').to.equal(sheets);
  });

  it('shows ratings only: the options as columns, the questions as rows, each cell a named button', async () => {
    const el = await compactGrid();
    expect([...root(el).querySelectorAll('thead th[data-option]')].map((th) => textOf(th))).to.deep.equal([
      'Alpha therapy',
      'Beta pills',
      'Gamma exercise',
    ]);
    expect([...root(el).querySelectorAll('tbody th[scope="row"]')].map((th) => textOf(th))).to.deep.equal([
      'What will it cost me?',
      'What side effects could I have?',
      'How likely is my pain to get better?',
    ]);
    expect(root(el).querySelectorAll('td[part="cell"] button.cell-button')).to.have.length(9);
    // No answers in the first layer: only dots (hidden from assistive technology) and the button's name.
    expect(root(el).querySelector('.short, .answer, details')).to.equal(null);
    const b = button(el, 'alpha', 'side-effects');
    expect(attributeText(b, 'aria-label')).to.equal('Alpha therapy, Side effects: 4 out of 5, could be 3 to 5, details');
    expect(b.querySelectorAll('.pip.on')).to.have.length(4);
    expect(b.querySelectorAll('.pip.maybe')).to.have.length(1);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(isOpen(el)).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('opens a cell with the keyboard in a popover (every layer of that answer), closes with Escape and gives focus back', async () => {
    const el = await compactGrid();
    const b = button(el, 'alpha', 'relief');
    b.focus();
    await sendKeys({ press: 'Enter' });
    await afterClick(el);
    expect(isOpen(el)).to.equal(true);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    const text = textOf(popover(el));
    expect(text).to.contain('Alpha therapy');
    expect(text).to.contain('How likely is my pain to get better?');
    expect(text).to.contain('Rating: 4 out of 5');
    expect(text).to.contain('Alpha helps some people.');
    expect(text).to.contain('Pain halved at 3 months');
    expect(text).to.match(/How strong the research is: weak/);
    expect(popover(el).querySelectorAll('.sources li')).to.have.length(1);
    // Focus moved into the popover; the rows did not move.
    expect(root(el).activeElement).to.equal(popover(el));
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await afterClick(el);
    expect(isOpen(el)).to.equal(false);
    expect(root(el).activeElement).to.equal(b);
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes with its close button and gives focus back; another cell replaces the one open', async () => {
    const el = await compactGrid();
    button(el, 'beta', 'cost').click();
    await afterClick(el);
    expect(textOf(popover(el))).to.contain('Beta costs a little.');
    button(el, 'gamma', 'cost').click();
    await afterClick(el);
    expect(isOpen(el)).to.equal(true);
    expect(textOf(popover(el))).to.contain('Gamma is free.');
    expect(textOf(popover(el))).to.not.contain('Beta costs a little.');
    const close = popover(el).querySelector<HTMLButtonElement>('.popover-close')!;
    close.focus();
    await sendKeys({ press: 'Enter' });
    await afterClick(el);
    expect(isOpen(el)).to.equal(false);
    expect(root(el).activeElement).to.equal(button(el, 'gamma', 'cost'));
    // Pressing the open cell's button again closes it.
    button(el, 'beta', 'relief').click();
    await afterClick(el);
    expect(isOpen(el)).to.equal(true);
    button(el, 'beta', 'relief').click();
    await afterClick(el);
    expect(isOpen(el)).to.equal(false);
  });

  it('keeps hostile dataset text as text, in the cells, the button names and the popover', async () => {
    const data = smallDataset();
    const evil = '<img src=x onerror="window.__compactPwned=1">';
    data.options[0].label = `Alpha ${evil}`;
    data.criteria[0].question = `Cost? ${evil}`;
    data.cells.alpha.cost.summary = `Costly ${evil}`;
    const el = await compactGrid(data);
    button(el, 'alpha', 'cost').click();
    await afterClick(el);
    expect(root(el).querySelectorAll('img, script')).to.have.length(0);
    expect(textOf(popover(el))).to.contain(`Costly ${evil}`);
    expect(button(el, 'alpha', 'cost').getAttribute('aria-label')).to.contain(evil);
    expect(textOf(root(el).querySelector('tbody th'))).to.equal(`Cost? ${evil}`);
    expect((window as unknown as { __compactPwned?: number }).__compactPwned).to.equal(undefined);
    popover(el).hidePopover();
  });

  it('fits its container: no break inside a word in the headers, 44 px targets; narrow, a row per option with its name', async () => {
    const el = await compactGrid(smallDataset(), 700);
    expect(root(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(700);
    for (const th of root(el).querySelectorAll<HTMLElement>('thead th')) {
      expect(getComputedStyle(th).overflowWrap).to.equal('normal');
      expect(th.scrollWidth).to.be.at.most(th.clientWidth + 1);
    }
    for (const b of root(el).querySelectorAll<HTMLElement>('button.cell-button'))
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    const narrow = await compactGrid(smallDataset(), 300);
    const b = button(narrow, 'beta', 'cost');
    expect(root(narrow).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(300);
    expect(getComputedStyle(b.querySelector('.who')!).display).to.equal('block');
    expect(textOf(b.querySelector('.who'))).to.equal('Beta pills');
  });
});
