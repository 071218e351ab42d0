import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { DatasetErrorDetail } from '../../index.js';
import type { TreatmentCompare } from '../../index.js';
import { englishMessages } from '../../i18n/index.js';
import { localiseDataset, resolveView, type Dataset, type ViewChoice } from '../../model/index.js';
import type { OptionGrid } from './option-grid.js';
import { INTERNAL_EVENTS } from '../../../test/browser/controlled-fixture.js';
import {
  answerOf,
  axeViolations,
  markupOf,
  openDetailsIn,
  openEveryLayer,
  openQuestion,
  parts,
  recordEvents,
  settle,
  smallDataset,
  smallWidget,
  textOf,
  wideCell,
} from '../../../test/browser/helpers.js';

/** Opens details elements and waits until the grid has rendered their content (it does so on `toggle`). */
const openDetails = (el: TreatmentCompare, details: Iterable<HTMLDetailsElement>) => openDetailsIn(el, details);

/**
 * Every link that leaves the widget: all but the skip links, which are checked to stay inside it
 * (a fragment naming one of the widget's own sections).
 */
function outsideLinks(shadow: ShadowRoot) {
  const links = [...shadow.querySelectorAll('a')];
  const skip = links.filter((a) => a.closest('.skip-links'));
  for (const a of skip) expect(a.getAttribute('href')).to.match(/^#tc-(priorities|result)$/);
  return links.filter((a) => !skip.includes(a));
}

/** Opens a question's full answers, then one answer's sources (layer 3); returns that answer. */
async function openSources(el: TreatmentCompare, optionId: string, criterionId: string) {
  await openQuestion(el, criterionId);
  const answer = answerOf(el, optionId, criterionId);
  await openDetails(el, [answer.querySelector<HTMLDetailsElement>('[part="cell-detail"]')!]);
  return answer;
}

describe('option grid', () => {
  it('shows options as columns in dataset order and questions as rows, every cell in the same format', async () => {
    const el = await smallWidget();
    const grid = parts(el).grid.shadowRoot!;
    expect([...grid.querySelectorAll('thead th[data-option]')].map((th) => th.textContent)).to.deep.equal([
      'Alpha therapy',
      'Beta pills',
      'Gamma exercise',
    ]);
    expect([...grid.querySelectorAll('tbody th[scope="row"] .question')].map((q) => q.textContent)).to.deep.equal([
      'What will it cost me?',
      'What side effects could I have?',
      'How likely is my pain to get better?',
    ]);
    // Explicit table roles, so the narrow layout (display: block) keeps the table's meaning.
    expect(grid.querySelector('table')!.getAttribute('role')).to.equal('table');
    const cells = [...grid.querySelectorAll('td[part="cell"]')];
    expect(cells).to.have.length(9);
    for (const td of cells) {
      expect(td.getAttribute('role')).to.equal('cell');
      expect(td.querySelectorAll('.pips .pip')).to.have.length(5);
      expect(textOf(td.querySelector('.rating'))).to.match(/^[1-5] out of 5/);
      expect(textOf(td.querySelector('.short'))).to.not.equal('');
      expect(td.querySelector('.who')).to.exist;
      expect(markupOf(td.querySelector('details, a')), 'layer 1 holds no disclosure and no link').to.equal(null);
    }
    // The score is shown in text and visually (dots), the range in words.
    const cell = wideCell(el, 'alpha', 'side-effects');
    expect(textOf(cell.querySelector('.rating'))).to.equal('4 out of 5, could be 3 to 5');
    expect(textOf(cell.querySelector('.short'))).to.equal('Alpha has few side effects.');
    expect(cell.querySelectorAll('.pip.on').length).to.equal(4);
    expect(cell.querySelectorAll('.pip.maybe').length).to.equal(1);
    // Layer 2 says the same in full: rating, range and how strong the research is, in plain words.
    await openQuestion(el, 'side-effects');
    const answer = textOf(answerOf(el, 'alpha', 'side-effects'));
    expect(answer).to.contain('Rating: 4 out of 5.');
    expect(answer).to.contain('Depending on the study, it could be 3 to 5 out of 5.');
    expect(answer).to.contain('How strong the research is: fairly strong.');
    expect(answer).to.contain('Some people get a mild headache.');
  });

  it('switches the cells the dataset overrides when the condition selector changes', async () => {
    const el = await smallWidget();
    const select = parts(el).select!;
    expect([...select.options].map((o) => [o.value, o.textContent])).to.deep.equal([
      ['', 'All types (general evidence)'],
      ['migraine', 'Migraine'],
    ]);
    const beforeBeta = textOf(wideCell(el, 'beta', 'relief'));
    expect(textOf(wideCell(el, 'alpha', 'relief'))).to.contain('Alpha helps some people.');
    select.value = 'migraine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    const alpha = wideCell(el, 'alpha', 'relief');
    expect(textOf(alpha)).to.contain('Alpha stops some migraine attacks.');
    expect(textOf(alpha.querySelector('.rating'))).to.equal('5 out of 5, could be 4 to 5');
    expect(alpha.querySelectorAll('.pip.on').length).to.equal(5);
    expect(textOf(alpha)).to.contain('Evidence for Migraine');
    expect(textOf(wideCell(el, 'gamma', 'relief'))).to.contain('Gamma does little for migraine.');
    expect(textOf(wideCell(el, 'beta', 'relief')), 'cells without an override stay').to.equal(beforeBeta);
    expect(textOf(parts(el).root.querySelector('.condition-note'))).to.equal('For migraine, the evidence differs for Alpha and Gamma.');
    // Back to the general evidence.
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(textOf(wideCell(el, 'alpha', 'relief'))).to.contain('Alpha helps some people.');
  });

  it('keeps the selector in step when code sets the condition after the user picked one', async () => {
    const el = await smallWidget();
    const select = parts(el).select!;
    select.value = 'migraine';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    el.condition = '';
    await settle(el);
    expect(parts(el).select!.value).to.equal('');
    expect(textOf(wideCell(el, 'alpha', 'relief'))).to.contain('Alpha helps some people.');
    el.setAttribute('condition', 'migraine');
    await settle(el);
    expect(parts(el).select!.value).to.equal('migraine');
    el.condition = 'not-a-condition';
    await settle(el);
    expect(parts(el).select!.value, 'unknown condition shows the general evidence').to.equal('');
  });

  it("shows outcomes as natural frequencies, with who and when, in the question's full answers", async () => {
    const el = await smallWidget();
    expect(textOf(wideCell(el, 'alpha', 'relief')), 'not in layer 1').to.not.contain('out of 100');
    await openQuestion(el, 'relief');
    const text = textOf(answerOf(el, 'alpha', 'relief'));
    expect(text).to.contain('About 39 out of 100 had their pain halved; about 61 out of 100 did not.');
    expect(text).to.contain('With sham treatment: about 20 out of 100.');
    expect(text).to.contain('Adults with test pain in two trials (200 people). 3 months after treatment.');
  });

  it('gives an outcome with a range as that range, in words and in its picture', async () => {
    const data = smallDataset();
    const outcome = data.cells.alpha.relief.outcomes![0];
    data.cells.alpha.relief.outcomes = [{ ...outcome, count: 30, range: [30, 45], comparison: undefined }];
    const el = await smallWidget({}, data);
    await openQuestion(el, 'relief');
    const details = answerOf(el, 'alpha', 'relief');
    expect(textOf(details)).to.contain('Between 30 and 45 out of 100 had their pain halved; between 55 and 70 out of 100 did not.');
    const picture = details.querySelector('tc-icon-array')!;
    await (picture as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(picture.shadowRoot!.querySelectorAll('[data-kind="main"] g.maybe')).to.have.length(15);
  });

  it('renders hostile text from a dataset as text, never as markup', async () => {
    const data = smallDataset();
    const hostile = '<img src=x onerror="window.__tcPwned=1"><script>window.__tcPwned=2</script>';
    const shortHostile = '<img src=x onerror="window.__tcPwned=3"><b>short</b>';
    // Equal detail: a short answer in every cell and a line for every option (the validator asks it).
    for (const cells of [data.cells, ...(data.conditions ?? []).map((c) => c.cells)])
      for (const byCriterion of Object.values(cells)) for (const cell of Object.values(byCriterion)) cell.short = 'A short answer.';
    for (const option of data.options) option.brief = 'What it is.';
    data.cells.alpha.cost.summary = hostile;
    data.cells.alpha.cost.detail = `${hostile} detail`;
    data.cells.alpha.cost.short = shortHostile;
    data.cells.beta.cost.short = hostile;
    data.options[0].label = '<b>Bold</b> option';
    data.options[1].brief = '<i>brief</i> line';
    data.meta.title = '<i>title</i>';
    data.citations[0].title = '<a href="javascript:alert(1)">x</a>';
    const el = await smallWidget({}, data, { equal: true });
    await openEveryLayer(el);
    const { root, grid, chart, about } = parts(el);
    expect(wideCell(el, 'alpha', 'cost').querySelector('.short')!.textContent).to.equal(shortHostile);
    expect(wideCell(el, 'beta', 'cost').querySelector('.short')!.textContent).to.equal(hostile);
    const answer = [...answerOf(el, 'alpha', 'cost').querySelectorAll('p')].map((p) => p.textContent);
    expect(answer).to.include(hostile);
    expect(answer).to.include(`${hostile} detail`);
    expect(textOf(answerOf(el, 'alpha', 'cost').querySelector('h4'))).to.equal('<b>Bold</b> option');
    expect(textOf(grid.shadowRoot!.querySelector('[part="options-key"] li[data-option="beta"]'))).to.equal('Beta pills: <i>brief</i> line');
    expect(grid.shadowRoot!.querySelectorAll('.sources').length, 'the sources are open too').to.equal(9);
    expect(root.querySelector('h2')!.textContent).to.equal('<i>title</i>');
    for (const shadow of [root, grid.shadowRoot!, chart.shadowRoot!, about.shadowRoot!]) {
      expect(shadow.querySelectorAll('img, script, b, i').length).to.equal(0);
      for (const a of outsideLinks(shadow)) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __tcPwned?: number }).__tcPwned).to.equal(undefined);
  });

  it('opens every citation link in a new tab with rel="noopener", http(s) only', async () => {
    const el = await smallWidget();
    await openEveryLayer(el);
    const { grid, about } = parts(el);
    const links = [...grid.shadowRoot!.querySelectorAll('a'), ...about.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(10);
    for (const a of links) {
      expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')!.split(' ')).to.include('noopener');
      expect(textOf(a)).to.contain('(opens in a new tab)');
    }
    const alphaCost = answerOf(el, 'alpha', 'cost');
    expect([...alphaCost.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c1']);
  });

  it("renders a question's full answers only once More is pressed, and each answer's sources only once opened", async () => {
    const el = await smallWidget();
    const grid = parts(el).grid.shadowRoot!;
    expect(grid.querySelectorAll('.more-row, section.answer, [part="cell-detail"], a, .sources').length, 'layer 1 only').to.equal(0);
    const toggle = grid.querySelector<HTMLButtonElement>('tr[data-criterion="side-effects"] button.more-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.hasAttribute('aria-controls'), 'controls nothing while closed').to.equal(false);
    expect(textOf(toggle)).to.equal('More about: What side effects could I have?');
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const row = grid.querySelector<HTMLElement>('tr.more-row')!;
    expect(row.getAttribute('data-more')).to.equal('side-effects');
    expect(toggle.getAttribute('aria-controls')).to.equal(row.id);
    expect(row.previousElementSibling!.getAttribute('data-criterion'), 'right under its question').to.equal('side-effects');
    expect([...row.querySelectorAll('section.answer')].map((s) => s.getAttribute('data-option'))).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(textOf(answerOf(el, 'beta', 'side-effects'))).to.contain('Beta can make you sleepy.');

    // Sources (layer 3): closed and unrendered, so no link in them is a Tab stop.
    const details = answerOf(el, 'alpha', 'side-effects').querySelector<HTMLDetailsElement>('[part="cell-detail"]')!;
    expect(details.open).to.equal(false);
    expect(
      [...details.children].map((c) => c.localName),
      'only the summary before opening',
    ).to.deep.equal(['summary']);
    expect(grid.querySelectorAll('a, .sources').length, 'no closed answer renders its sources').to.equal(0);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await settle(el);
    const links = [...details.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c1', 'https://example.org/c2']);
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')!.split(' ')).to.include('noopener');
    }
    expect(grid.querySelectorAll('.sources').length, 'the other answers stay unrendered').to.equal(1);

    // Closing the sources removes them again.
    const closed = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = false;
    await closed;
    await settle(el);
    expect([...details.children].map((c) => c.localName)).to.deep.equal(['summary']);

    // A second question opens on its own; "More" again closes its row and removes the answers.
    await openQuestion(el, 'cost');
    expect([...grid.querySelectorAll('tr.more-row')].map((r) => r.getAttribute('data-more'))).to.deep.equal(['cost', 'side-effects']);
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.hasAttribute('aria-controls')).to.equal(false);
    expect([...grid.querySelectorAll('tr.more-row')].map((r) => r.getAttribute('data-more'))).to.deep.equal(['cost']);
    expect(grid.querySelectorAll('tr.more-row section.answer')).to.have.length(3);
  });

  it('closes open sources when their column goes to another option', async () => {
    const el = await smallWidget();
    const answer = await openSources(el, 'alpha', 'cost');
    expect(textOf(answer)).to.contain('Smith J, et al. (2020)');
    el.options = 'beta,gamma';
    await settle(el);
    const first = parts(el).grid.shadowRoot!.querySelector('tr.more-row section.answer')!;
    expect(first.getAttribute('data-option')).to.equal('beta');
    const details = first.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(markupOf(details.querySelector('.sources'))).to.equal(null);
  });

  it('rejects a dataset with a non-http link: no href, a message and dataset-error', async () => {
    const el = await smallWidget();
    await openEveryLayer(el);
    const log = recordEvents(el, ['dataset-error']);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x']) {
      const data = smallDataset();
      data.citations[1].url = url;
      el.dataset = data;
      await settle(el);
      const { root, grid, about } = parts(el);
      expect(textOf(parts(el).error)).to.contain('citations[1].url: expected a link starting with http:// or https://');
      for (const shadow of [root, grid.shadowRoot!, about.shadowRoot!]) {
        for (const a of outsideLinks(shadow)) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
      expect(grid.shadowRoot!.querySelectorAll('.sources a').length, 'the open sources were checked').to.be.greaterThan(0);
      // The last good dataset stays on screen.
      expect(root.querySelector('h2')!.textContent).to.equal('Small test comparison');
      expect(textOf(parts(el).error)).to.contain('You are still seeing the information that was loaded before.');
    }
    expect(log.events.length).to.equal(3);
    const detail = log.events[0].detail as DatasetErrorDetail;
    expect(detail.source).to.equal('property');
    expect(detail.errors).to.deep.equal(['citations[1].url: expected a link starting with http:// or https://']);
  });

  it('clears the error once a good dataset is set again', async () => {
    const el = await smallWidget();
    const bad = smallDataset();
    bad.cells.beta.cost.score = 9;
    el.dataset = bad;
    await settle(el);
    expect(textOf(parts(el).error)).to.contain('cells.beta.cost.score');
    el.dataset = smallDataset();
    await settle(el);
    expect(parts(el).error).to.equal(null);
  });
});

describe('tc-option-grid on its own (view, data, messages)', () => {
  async function gridOf(choice: ViewChoice = {}, width = 900, dataset: Dataset = smallDataset()) {
    const data = localiseDataset(dataset, ['en']);
    // Width through the CSSOM, as the widget sets styles (no style attribute: a strict CSP refuses them).
    const wrapper = document.createElement('div');
    wrapper.style.width = `${width}px`;
    render(html`<tc-option-grid .view=${resolveView(data, choice)} .data=${data} .messages=${englishMessages}></tc-option-grid>`, wrapper);
    await fixture(wrapper);
    const el = wrapper.querySelector('tc-option-grid') as OptionGrid;
    await el.updateComplete;
    return el;
  }
  const cellOf = (el: OptionGrid, option: string, criterion: string) =>
    el.shadowRoot!.querySelector<HTMLElement>(`td[data-option="${option}"][data-criterion="${criterion}"]`)!;
  const toggleOf = (el: OptionGrid, criterion: string) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-criterion="${criterion}"] button.more-toggle`)!;
  /** Opens every question's answers and every answer's sources. */
  async function openAll(el: OptionGrid) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more-toggle')) button.click();
    await el.updateComplete;
    const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="cell-detail"]')];
    const toggled = details.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
    for (const d of details) d.open = true;
    await Promise.all(toggled);
    await el.updateComplete;
  }

  it('renders nothing until it has both a view and the data', async () => {
    const el = await fixture<OptionGrid>(html`<tc-option-grid></tc-option-grid>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    el.data = localiseDataset(smallDataset(), ['en']);
    await el.updateComplete;
    expect(markupOf(el.shadowRoot!.querySelector('table'))).to.equal(null);
  });

  it("shows the view's options as columns in dataset order and its questions as rows", async () => {
    const el = await gridOf({ options: ['gamma', 'alpha'] });
    const grid = el.shadowRoot!;
    expect([...grid.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'))).to.deep.equal([
      'alpha',
      'gamma',
    ]);
    expect([...grid.querySelectorAll('tbody th[scope="row"] .question')].map((th) => th.textContent)).to.deep.equal([
      'What will it cost me?',
      'What side effects could I have?',
      'How likely is my pain to get better?',
    ]);
    expect(grid.querySelectorAll('td[part="cell"]')).to.have.length(6);
    expect([...grid.querySelectorAll('[part="options-key"] li')].map((li) => li.getAttribute('data-option'))).to.deep.equal([
      'alpha',
      'gamma',
    ]);
    const cell = cellOf(el, 'alpha', 'side-effects');
    expect(textOf(cell.querySelector('.rating'))).to.equal('4 out of 5, could be 3 to 5');
    expect([cell.querySelectorAll('.pip.on').length, cell.querySelectorAll('.pip.maybe').length]).to.deep.equal([4, 1]);
    expect(textOf(grid.querySelector('caption'))).to.equal(englishMessages.gridTitle);
  });

  it("marks the cells the view's condition changes, and only those", async () => {
    const el = await gridOf({ condition: 'migraine' });
    expect(textOf(cellOf(el, 'alpha', 'relief'))).to.contain('Alpha stops some migraine attacks.');
    const badged = [...el.shadowRoot!.querySelectorAll('td[part="cell"]')].filter((td) => td.querySelector('.badge'));
    expect(badged.map((td) => `${td.getAttribute('data-option')}/${td.getAttribute('data-criterion')}`)).to.deep.equal([
      'alpha/relief',
      'gamma/relief',
    ]);
    expect(textOf(badged[0].querySelector('.badge'))).to.equal('Evidence for Migraine');
  });

  it('shows every rating and short answer for every option without a click, and one line saying what each option is', async () => {
    const data = smallDataset();
    data.options[0].shortLabel = 'Alpha';
    data.options[0].brief = 'A made-up therapy, once a week.';
    data.cells.alpha.cost.short = 'About $90 a week.';
    data.cells.gamma.relief.short = 'Slow help for some.';
    const el = await gridOf({}, 900, data);
    const grid = el.shadowRoot!;
    expect([...grid.querySelectorAll('[part="options-key"] li')].map((li) => textOf(li))).to.deep.equal([
      'Alpha therapy: A made-up therapy, once a week.',
      'Beta pills: A made-up second option.',
      'Gamma exercise: A made-up third option.',
    ]);
    expect(textOf(grid.querySelector('thead th[data-option="alpha"]')), 'the short name heads the column').to.equal('Alpha');
    const view = resolveView(localiseDataset(data, ['en']));
    for (const [o, option] of view.options.entries()) {
      for (const [c, criterion] of view.criteria.entries()) {
        const cell = cellOf(el, option.id, criterion.id);
        const expected = view.cells[o][c];
        const at = `${option.id}/${criterion.id}`;
        expect(cell.checkVisibility(), at).to.equal(true);
        expect(textOf(cell.querySelector('.short')), at).to.equal(expected.short ?? expected.summary);
        expect(cell.querySelector('.short')!.checkVisibility(), at).to.equal(true);
        expect(cell.querySelector('.pips')!.checkVisibility(), at).to.equal(true);
        expect(cell.querySelectorAll('.pip.on').length, at).to.equal(expected.score);
        expect(textOf(cell.querySelector('.rating')), at).to.match(new RegExp(`^${expected.score} out of 5`));
      }
    }
    expect(textOf(cellOf(el, 'alpha', 'cost').querySelector('.short'))).to.equal('About $90 a week.');
    // The full summary waits in layer 2.
    expect(textOf(grid)).to.not.contain('Alpha costs a lot.');
    toggleOf(el, 'cost').click();
    await el.updateComplete;
    expect(textOf(grid.querySelector('section.answer[data-option="alpha"]'))).to.contain('Alpha costs a lot.');
  });

  it("opens a question's answers and an answer's sources from the keyboard, rendering its outcome picture and sources, and fires nothing", async () => {
    const el = await gridOf();
    const log = recordEvents(el, [...INTERNAL_EVENTS]);
    expect(markupOf(el.shadowRoot!.querySelector('tc-icon-array'))).to.equal(null);
    const toggle = toggleOf(el, 'relief');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const answer = el.shadowRoot!.querySelector<HTMLElement>('tr.more-row section.answer[data-option="alpha"]')!;
    expect(textOf(answer)).to.contain('About 39 out of 100 had their pain halved');
    expect(answer.querySelector('tc-icon-array')).to.exist;
    const details = answer.querySelector<HTMLDetailsElement>('[part="cell-detail"]')!;
    expect(markupOf(details.querySelector('a'))).to.equal(null);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c2']);
    toggle.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(markupOf(el.shadowRoot!.querySelector('tr.more-row'))).to.equal(null);
    expect(log.events).to.deep.equal([]);
  });

  it('keeps the options side by side per question when narrow: a block of rows per question, each named', async () => {
    const wide = await gridOf({}, 900);
    const wideRoot = wide.shadowRoot!;
    expect(wideRoot.querySelector('thead')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(wideRoot.querySelector('.who')!.checkVisibility(), 'the column heads name the options when wide').to.equal(false);
    // Wide: the cells of a question sit on one line.
    const wideTops = [...wideRoot.querySelectorAll('tr[data-criterion="cost"] td')].map((td) => td.getBoundingClientRect().top);
    expect(new Set(wideTops).size).to.equal(1);

    const narrow = await gridOf({}, 320);
    const root = narrow.shadowRoot!;
    const host = narrow.getBoundingClientRect();
    expect(host.width).to.equal(320);
    expect(root.querySelector('table')!.getBoundingClientRect().right, 'not wider than its container').to.be.at.most(host.right + 0.5);
    expect(
      root.querySelector('thead')!.getBoundingClientRect().height,
      'the column heads are hidden (the rows name the options)',
    ).to.be.at.most(1);
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr[data-criterion]')];
    expect(rows.map((r) => r.dataset.criterion)).to.deep.equal(['cost', 'side-effects', 'relief']);
    let previousBottom = -Infinity;
    for (const row of rows) {
      const question = row.querySelector('th')!.getBoundingClientRect();
      expect(question.top, 'each question below the previous block').to.be.at.least(previousBottom - 1);
      const cells = [...row.querySelectorAll<HTMLElement>('td[part="cell"]')];
      expect(cells.map((td) => textOf(td.querySelector('.who')))).to.deep.equal(['Alpha therapy', 'Beta pills', 'Gamma exercise']);
      let top = question.bottom - 1;
      for (const td of cells) {
        const box = td.getBoundingClientRect();
        expect(td.querySelector('.who')!.checkVisibility()).to.equal(true);
        expect(td.querySelector('.pips')!.checkVisibility()).to.equal(true);
        expect(td.querySelector('.short')!.checkVisibility()).to.equal(true);
        expect(box.top, `${td.dataset.option} under the one before, in its question's block`).to.be.at.least(top);
        expect(box.right).to.be.at.most(host.right + 0.5);
        top = box.bottom - 1;
      }
      previousBottom = top;
    }
  });

  it('passes axe, closed and with every layer open', async () => {
    const el = await gridOf();
    expect(await axeViolations(el)).to.deep.equal([]);
    await openAll(el);
    expect(el.shadowRoot!.querySelectorAll('tr.more-row')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('.sources')).to.have.length(9);
    expect(await axeViolations(el)).to.deep.equal([]);
    const narrow = await gridOf({}, 320);
    await openAll(narrow);
    expect(await axeViolations(narrow)).to.deep.equal([]);
  });
});

describe('option grid: not enough evidence', () => {
  it('says "Not enough evidence" in words instead of a rating, with every dot shown as possible', async () => {
    const data = smallDataset();
    const cell = data.cells.alpha.relief;
    cell.evidence = 'insufficient';
    cell.score = 1;
    cell.range = [1, 5];
    const el = await smallWidget({}, data);
    const td = wideCell(el, 'alpha', 'relief');
    const words = td.querySelector('.rating-words')!;
    expect(textOf(words)).to.equal('Not enough evidence');
    expect(words.checkVisibility(), 'in words anyone can see, not only for screen readers').to.equal(true);
    expect(textOf(td)).not.to.contain('1 out of 5');
    expect(td.querySelectorAll('.pip.on').length).to.equal(0);
    expect(td.querySelectorAll('.pip.maybe').length).to.equal(5);
    await openQuestion(el, 'relief');
    const answer = textOf(answerOf(el, 'alpha', 'relief'));
    expect(answer).to.contain('Rating: Not enough evidence.');
    expect(answer).not.to.contain('Rating: 1 out of 5');
    expect(answer).to.contain('it gets no credit');
    // Other cells keep their ratings.
    expect(textOf(wideCell(el, 'beta', 'relief').querySelector('.rating'))).to.match(/^[1-5] out of 5/);
    expect(markupOf(wideCell(el, 'beta', 'relief').querySelector('.rating-words'))).to.equal(null);
    expect(textOf(answerOf(el, 'beta', 'relief'))).to.match(/Rating: [1-5] out of 5/);
  });

  it('says it in Spanish too', async () => {
    const data = smallDataset();
    Object.assign(data.cells.alpha.relief, { evidence: 'insufficient', score: 1, range: [1, 5] });
    const el = await smallWidget({ lang: 'es' }, data);
    await settle(el);
    expect(textOf(wideCell(el, 'alpha', 'relief'))).to.contain('No hay suficiente evidencia');
  });
});
