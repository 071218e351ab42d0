import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { DatasetErrorDetail } from '../../index.js';
import type { TreatmentCompare } from '../../index.js';
import { englishMessages } from '../../i18n/index.js';
import { localiseDataset, resolveView, type ViewChoice } from '../../model/index.js';
import type { OptionGrid } from './option-grid.js';
import { INTERNAL_EVENTS } from '../../../test/browser/controlled-fixture.js';
import { axeViolations, parts, recordEvents, settle, smallDataset, smallWidget, textOf, wideCell } from '../../../test/browser/helpers.js';

/** Opens details elements and waits until the grid has rendered their content (it does so on `toggle`). */
async function openDetails(el: TreatmentCompare, details: Iterable<HTMLDetailsElement>) {
  const closed = [...details].filter((d) => !d.open);
  const toggled = closed.map((d) => new Promise((resolve) => d.addEventListener('toggle', resolve, { once: true })));
  for (const d of closed) d.open = true;
  await Promise.all(toggled);
  await settle(el);
}

const cellDetails = (el: TreatmentCompare) => parts(el).grid.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="cell-detail"]');

describe('option grid', () => {
  it('shows options as columns in dataset order and questions as rows, every cell in the same format', async () => {
    const el = await smallWidget();
    const grid = parts(el).grid.shadowRoot!;
    expect([...grid.querySelectorAll('thead th[data-option]')].map((th) => th.textContent)).to.deep.equal([
      'Alpha therapy',
      'Beta pills',
      'Gamma exercise',
    ]);
    expect([...grid.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal([
      'What will it cost me?',
      'What side effects could I have?',
      'How likely is my pain to get better?',
    ]);
    for (const td of grid.querySelectorAll('td[part="cell"]')) {
      expect(td.querySelector('.summary')).to.exist;
      expect(textOf(td)).to.match(/Rating: [1-5] out of 5/);
      expect(textOf(td)).to.match(/Certainty of the evidence: (high|moderate|low|very low)/);
      expect(td.querySelector('details summary')).to.exist;
    }
    // The score is shown in text and visually (dots), the range in words.
    const cell = wideCell(el, 'alpha', 'side-effects');
    expect(textOf(cell)).to.contain('Rating: 4 out of 5');
    expect(textOf(cell)).to.contain('The evidence allows 3 to 5');
    expect(cell.querySelectorAll('.pip.on').length).to.equal(4);
    expect(cell.querySelectorAll('.pip.maybe').length).to.equal(1);
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
    expect(textOf(alpha)).to.contain('Rating: 5 out of 5');
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

  it('shows outcomes as natural frequencies, with who and when, in the cell detail', async () => {
    const el = await smallWidget();
    await openDetails(el, [wideCell(el, 'alpha', 'relief').querySelector('details')!]);
    const text = textOf(wideCell(el, 'alpha', 'relief').querySelector('details'));
    expect(text).to.contain('About 39 out of 100 had their pain halved; about 61 out of 100 did not.');
    expect(text).to.contain('With sham treatment: about 20 out of 100.');
    expect(text).to.contain('Adults with test pain in two trials (200 people). 3 months after treatment.');
  });

  it('gives an outcome with a range as that range, in words and in its picture', async () => {
    const data = smallDataset();
    const outcome = data.cells.alpha.relief.outcomes![0];
    data.cells.alpha.relief.outcomes = [{ ...outcome, count: 30, range: [30, 45], comparison: undefined }];
    const el = await smallWidget({}, data);
    await openDetails(el, [wideCell(el, 'alpha', 'relief').querySelector('details')!]);
    const details = wideCell(el, 'alpha', 'relief').querySelector('details')!;
    expect(textOf(details)).to.contain('Between 30 and 45 out of 100 had their pain halved; between 55 and 70 out of 100 did not.');
    const picture = details.querySelector('tc-icon-array')!;
    await (picture as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(picture.shadowRoot!.querySelectorAll('[data-kind="main"] g.maybe')).to.have.length(15);
  });

  it('renders hostile text from a dataset as text, never as markup', async () => {
    const data = smallDataset();
    const hostile = '<img src=x onerror="window.__tcPwned=1"><script>window.__tcPwned=2</script>';
    data.cells.alpha.cost.summary = hostile;
    data.options[0].label = '<b>Bold</b> option';
    data.meta.title = '<i>title</i>';
    data.citations[0].title = '<a href="javascript:alert(1)">x</a>';
    const el = await smallWidget({}, data);
    await openDetails(el, cellDetails(el));
    const { root, grid, chart, about } = parts(el);
    expect(wideCell(el, 'alpha', 'cost').querySelector('.summary')!.textContent).to.equal(hostile);
    expect(root.querySelector('h2')!.textContent).to.equal('<i>title</i>');
    for (const shadow of [root, grid.shadowRoot!, chart.shadowRoot!, about.shadowRoot!]) {
      expect(shadow.querySelectorAll('img, script, b, i').length).to.equal(0);
      for (const a of shadow.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __tcPwned?: number }).__tcPwned).to.equal(undefined);
  });

  it('opens every citation link in a new tab with rel="noopener", http(s) only', async () => {
    const el = await smallWidget();
    await openDetails(el, cellDetails(el));
    const { grid, about } = parts(el);
    const links = [...grid.shadowRoot!.querySelectorAll('a'), ...about.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(10);
    for (const a of links) {
      expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')!.split(' ')).to.include('noopener');
      expect(textOf(a)).to.contain('(opens in a new tab)');
    }
    const alphaCost = wideCell(el, 'alpha', 'cost');
    expect([...alphaCost.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c1']);
  });

  it("renders a cell's detail and sources only once it is opened, each table cell and card on its own", async () => {
    const el = await smallWidget();
    const grid = parts(el).grid.shadowRoot!;
    const cell = wideCell(el, 'alpha', 'side-effects');
    const details = cell.querySelector<HTMLDetailsElement>('[part="cell-detail"]')!;
    expect(details.open).to.equal(false);
    expect(
      [...details.children].map((c) => c.localName),
      'only the summary before opening',
    ).to.deep.equal(['summary']);
    expect(grid.querySelectorAll('a, .sources').length, 'no closed cell renders its sources').to.equal(0);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await settle(el);
    expect(textOf(details)).to.contain('Some people get a mild headache.');
    const links = [...details.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c1', 'https://example.org/c2']);
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')!.split(' ')).to.include('noopener');
    }
    expect(grid.querySelectorAll('.sources').length, 'the other cells stay unrendered').to.equal(1);

    // The cards (narrow layout) render an option's answers only once its card is opened.
    const card = grid.querySelector<HTMLElement>('[part="option-card"][data-option="beta"]')!;
    expect(card.querySelectorAll('[part="cell"]').length).to.equal(0);
    await openDetails(el, [card.querySelector('details')!]);
    expect([...card.querySelectorAll('[part="cell"]')].map((c) => c.getAttribute('data-criterion'))).to.deep.equal([
      'cost',
      'side-effects',
      'relief',
    ]);
    expect(textOf(card)).to.contain('Beta can make you sleepy.');
    expect(card.querySelectorAll('.sources').length, "a card's cell details stay closed").to.equal(0);

    // Closing removes the content again.
    const closed = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = false;
    await closed;
    await settle(el);
    expect([...details.children].map((c) => c.localName)).to.deep.equal(['summary']);
  });

  it('closes an open cell when its column goes to another option', async () => {
    const el = await smallWidget();
    await openDetails(el, [wideCell(el, 'alpha', 'cost').querySelector('details')!]);
    expect(textOf(wideCell(el, 'alpha', 'cost'))).to.contain('Sources:');
    el.options = 'beta,gamma';
    await settle(el);
    const first = parts(el).grid.shadowRoot!.querySelector('td[part="cell"]')!;
    expect(first.getAttribute('data-option')).to.equal('beta');
    const details = first.querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('.sources')).to.equal(null);
  });

  it('rejects a dataset with a non-http link: no href, a message and dataset-error', async () => {
    const el = await smallWidget();
    await openDetails(el, cellDetails(el));
    const log = recordEvents(el, ['dataset-error']);
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/x']) {
      const data = smallDataset();
      data.citations[1].url = url;
      el.dataset = data;
      await settle(el);
      const { root, grid, about } = parts(el);
      expect(textOf(parts(el).error)).to.contain('citations[1].url: expected a link starting with http:// or https://');
      for (const shadow of [root, grid.shadowRoot!, about.shadowRoot!]) {
        for (const a of shadow.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
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
  async function gridOf(choice: ViewChoice = {}, width = 900) {
    const data = localiseDataset(smallDataset(), ['en']);
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

  it('renders nothing until it has both a view and the data', async () => {
    const el = await fixture<OptionGrid>(html`<tc-option-grid></tc-option-grid>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    el.data = localiseDataset(smallDataset(), ['en']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it("shows the view's options as columns in dataset order and its questions as rows", async () => {
    const el = await gridOf({ options: ['gamma', 'alpha'] });
    const grid = el.shadowRoot!;
    expect([...grid.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'))).to.deep.equal([
      'alpha',
      'gamma',
    ]);
    expect([...grid.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal([
      'What will it cost me?',
      'What side effects could I have?',
      'How likely is my pain to get better?',
    ]);
    expect(grid.querySelectorAll('td[part="cell"]')).to.have.length(6);
    const cell = cellOf(el, 'alpha', 'side-effects');
    expect(textOf(cell)).to.contain('Rating: 4 out of 5');
    expect(textOf(cell)).to.contain('The evidence allows 3 to 5');
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

  it("opens a cell's detail from the keyboard, rendering its outcome picture and sources, and fires nothing", async () => {
    const el = await gridOf();
    const log = recordEvents(el, [...INTERNAL_EVENTS]);
    const details = cellOf(el, 'alpha', 'relief').querySelector<HTMLDetailsElement>('[part="cell-detail"]')!;
    expect(details.querySelector('tc-icon-array')).to.equal(null);
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(textOf(details)).to.contain('About 39 out of 100 had their pain halved');
    expect(details.querySelector('tc-icon-array')).to.exist;
    expect([...details.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/c2']);
    expect(log.events).to.deep.equal([]);
  });

  it('shows cards instead of the table when 600 px or narrower', async () => {
    const wide = await gridOf({}, 900);
    expect(wide.shadowRoot!.querySelector('table')!.checkVisibility()).to.equal(true);
    expect(wide.shadowRoot!.querySelector('[part="cards"]')!.checkVisibility()).to.equal(false);
    const narrow = await gridOf({}, 400);
    expect(narrow.shadowRoot!.querySelector('table')!.checkVisibility()).to.equal(false);
    const cards = [...narrow.shadowRoot!.querySelectorAll('[part="option-card"]')];
    expect(cards.map((c) => c.getAttribute('data-option'))).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(cards[0].checkVisibility()).to.equal(true);
  });

  it('passes axe, closed and with a cell open', async () => {
    const el = await gridOf();
    expect(await axeViolations(el)).to.deep.equal([]);
    const details = cellOf(el, 'alpha', 'relief').querySelector<HTMLDetailsElement>('details')!;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = true;
    await toggled;
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
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
    expect(textOf(td)).to.contain('Rating: Not enough evidence');
    expect(textOf(td)).not.to.contain('Rating: 1 out of 5');
    expect(textOf(td)).to.contain('it gets no credit');
    expect(td.querySelectorAll('.pip.on').length).to.equal(0);
    expect(td.querySelectorAll('.pip.maybe').length).to.equal(5);
    // Other cells keep their ratings.
    expect(textOf(wideCell(el, 'beta', 'relief'))).to.match(/Rating: [1-5] out of 5/);
  });

  it('says it in Spanish too', async () => {
    const data = smallDataset();
    Object.assign(data.cells.alpha.relief, { evidence: 'insufficient', score: 1, range: [1, 5] });
    const el = await smallWidget({ lang: 'es' }, data);
    await settle(el);
    expect(textOf(wideCell(el, 'alpha', 'relief'))).to.contain('No hay suficiente evidencia');
  });
});
