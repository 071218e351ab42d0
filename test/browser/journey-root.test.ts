import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TreatmentCompare } from '../../src/index.js';
import {
  answerOf,
  attributeText,
  axeViolations,
  isWaiting,
  markupOf,
  openQuestion,
  parts,
  recordEvents,
  settle,
  showEqual,
  smallDataset,
  smallWidget,
  textOf,
  wideCell,
} from './helpers.js';

const root = (el: TreatmentCompare) => el.shadowRoot!;
const inPart = <T extends Element>(el: TreatmentCompare, tag: string, selector: string) =>
  root(el).querySelector(tag)!.shadowRoot!.querySelector<T>(selector)!;
const chartOptions = (el: TreatmentCompare) =>
  [...parts(el).chart.shadowRoot!.querySelectorAll('g[data-option]')].map((g) => g.getAttribute('data-option'));
const gridOptions = (el: TreatmentCompare) =>
  [...parts(el).grid.shadowRoot!.querySelectorAll('td[data-criterion="cost"]')].map((td) => td.getAttribute('data-option'));

describe('journey in the widget (patient mode)', () => {
  it('shows the steps in order, all optional: grid, priorities with deal-breakers tucked away, result, then stage, SURE and plan in one closed part', async () => {
    const el = await smallWidget();
    const inOrder = (nodes: Element[], names: string[]) => {
      nodes.forEach((node, i) => expect(node, names[i]).to.exist);
      for (let i = 1; i < nodes.length; i++) {
        expect(nodes[i - 1].compareDocumentPosition(nodes[i]) & Node.DOCUMENT_POSITION_FOLLOWING, names[i]).to.not.equal(0);
      }
    };
    const first = [
      'tc-option-grid',
      'tc-priority-sliders',
      'tc-deal-breakers',
      '[part~="results"] [part~="waiting"]',
      'details.next-steps',
    ];
    inOrder(
      first.map((selector) => root(el).querySelector(selector)!),
      first,
    );
    // Deal-breakers: in a closed "more choices" part under the sliders.
    const more = root(el).querySelector<HTMLDetailsElement>('details.more-choices')!;
    expect(more.open).to.equal(false);
    expect(more.contains(root(el).querySelector('tc-deal-breakers'))).to.equal(true);
    // Stage, SURE and plan: in order, in one closed part after the result (patient mode).
    const next = root(el).querySelector<HTMLDetailsElement>('details.next-steps')!;
    expect(next.open).to.equal(false);
    const journey = ['tc-decision-stage', 'tc-sure-check', 'tc-your-plan'];
    inOrder(
      journey.map((tag) => next.querySelector(tag)!),
      journey,
    );
    expect(markupOf(parts(el).chart), 'no result before priorities are given').to.equal(null);
    await showEqual(el);
    inOrder([root(el).querySelector('tc-deal-breakers')!, parts(el).chart, next], ['tc-deal-breakers', 'tc-fit-chart', 'next steps']);
  });

  it('a deal-breaker keeps the option in the grid, marked, and takes it out of the comparison', async () => {
    const el = await smallWidget({ weights: 'cost:5,side-effects:5,relief:5' });
    const log = recordEvents(el, ['ranking-change']);
    inPart<HTMLInputElement>(el, 'tc-deal-breakers', 'input[data-option="beta"]').click();
    await settle(el);
    expect(chartOptions(el)).to.deep.equal(['alpha', 'gamma']);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(textOf(root(el).querySelector('.set-aside'))).to.contain('Not an option for me: Beta pills (left out of the comparison)');
    expect(
      log
        .of('ranking-change')
        .at(-1)!
        .detail.fits.map((f: { optionId: string }) => f.optionId),
    ).to.deep.equal(['alpha', 'gamma']);
  });

  it('setting every option aside says so and never throws', async () => {
    const el = await smallWidget();
    // One click at a time, as a person makes them: the part shows what the root passes back.
    for (const id of ['alpha', 'beta', 'gamma']) {
      inPart<HTMLInputElement>(el, 'tc-deal-breakers', `input[data-option="${id}"]`).click();
      await settle(el);
    }
    expect(textOf(root(el).querySelector('.all-set-aside'))).to.contain('nothing left to compare');
    expect(markupOf(parts(el).chart)).to.equal(null);
  });

  it('the own concern, once named and rated for every option, becomes a slider and a part of each bar', async () => {
    const el = await smallWidget({}, smallDataset(), { equal: true });
    const deal = root(el).querySelector('tc-deal-breakers')!;
    deal.shadowRoot!.querySelector<HTMLButtonElement>('button.add-concern')!.click();
    await settle(el);
    const name = deal.shadowRoot!.querySelector<HTMLInputElement>('#concern-name')!;
    name.value = 'Driving after';
    name.dispatchEvent(new Event('input'));
    await settle(el);
    for (const [id, score] of [
      ['alpha', '5'],
      ['beta', '1'],
      ['gamma', '3'],
    ]) {
      const select = deal.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-option="${id}"]`)!;
      select.value = score;
      select.dispatchEvent(new Event('change'));
      await settle(el);
    }
    await settle(el);
    const slider = parts(el).sliders.shadowRoot!.querySelector('input[data-criterion="own_concern"]');
    expect(slider).to.exist;
    expect(parts(el).chart.shadowRoot!.querySelectorAll('rect.seg[data-criterion="own_concern"]').length).to.be.greaterThan(0);
    expect(textOf(parts(el).sliders.shadowRoot)).to.contain('Driving after');
  });

  it('outcomes in the grid details get an icon array of 100 with a text alternative', async () => {
    const el = await smallWidget();
    expect(markupOf(wideCell(el, 'alpha', 'relief').querySelector('tc-icon-array')), 'not in layer 1').to.equal(null);
    await openQuestion(el, 'relief');
    const icons = answerOf(el, 'alpha', 'relief').querySelector('tc-icon-array')!;
    await (icons as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(icons.shadowRoot!.querySelectorAll('[data-kind="main"] g.icon')).to.have.length(100);
    expect(icons.shadowRoot!.querySelectorAll('[data-kind="main"] g.on')).to.have.length(39);
    expect(icons.shadowRoot!.querySelectorAll('[data-kind="comparison"] g.on')).to.have.length(20);
    expect(attributeText(icons.shadowRoot!.querySelector('svg[role="img"]'), 'aria-label')).to.contain(
      '39 filled in: had their pain halved. 61 outlined: did not.',
    );
  });

  it('print shows the summary and hides the controls', async () => {
    const el = await smallWidget({ weights: 'cost:8,side-effects:2,relief:5' });
    const summary = root(el).querySelector<HTMLElement>('.summary')!;
    expect(getComputedStyle(summary).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(summary).display).to.equal('block');
      for (const selector of ['.take-away', '.next-steps', '.talk', '.about']) {
        expect(getComputedStyle(root(el).querySelector(selector)!).display, selector).to.equal('none');
      }
      // The journey's controls sit inside the hidden "next steps" part.
      for (const selector of ['.journey-stage', '.journey-sure', '.journey-plan', '.skip-links'])
        expect(root(el).querySelector(selector)!.checkVisibility(), selector).to.equal(false);
      const text = textOf(summary);
      expect(text).to.contain('My decision summary');
      expect(text).to.contain('What will it cost me? Matters a lot (8 out of 10)');
      expect(text).to.contain('Does my insurance cover the options I am considering?'); // the small dataset's options have no questions of their own
      expect(markupOf(summary.querySelector('.summary-grid')), 'the plain print leaves the evidence out').to.equal(null);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    // "Print with the evidence": the compact grid and every source after the summary, for that print only.
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      root(el).querySelector<HTMLButtonElement>('button.print-evidence')!.click();
      for (let i = 0; i < 50 && printed === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(printed).to.equal(1);
      expect(summary.querySelectorAll('.summary-grid tbody tr')).to.have.length(3);
      expect(textOf(summary)).to.contain('Smith J, et al. (2020): A first test study');
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(markupOf(summary.querySelector('.summary-grid'))).to.equal(null);
    } finally {
      window.print = original;
    }
  });

  it('the summary carries the SURE answers, the stage, questions and notes', async () => {
    const el = await smallWidget();
    inPart<HTMLInputElement>(el, 'tc-decision-stage', 'input[value="close"]').click();
    inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="no"]').click();
    const notes = inPart<HTMLTextAreaElement>(el, 'tc-your-plan', '#notes');
    notes.value = 'Bring my scans';
    notes.dispatchEvent(new Event('input'));
    await settle(el);
    const text = textOf(root(el).querySelector('.summary'));
    expect(text).to.contain('I am close to choosing');
    expect(text).to.contain('Do you feel sure about the best choice for you? No');
    expect(text).to.contain('Bring my scans');
  });

  it('a print button opens the print dialog', async () => {
    const el = await smallWidget();
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      root(el).querySelector<HTMLButtonElement>('button.print')!.click();
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('has no axe violations with the journey answered', async () => {
    const el = await smallWidget();
    inPart<HTMLInputElement>(el, 'tc-deal-breakers', 'input[data-option="beta"]').click();
    for (const item of ['sure', 'understand', 'ratio', 'encouragement'])
      inPart<HTMLInputElement>(el, 'tc-sure-check', `input[name="sure-${item}"][value="no"]`).click();
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('counselor mode', () => {
  const chip = (el: TreatmentCompare, id: string) =>
    root(el).querySelector<HTMLButtonElement>(`.counselor-bar button.chip[data-option="${id}"]`)!;
  const pressed = (el: TreatmentCompare) =>
    [...root(el).querySelectorAll<HTMLButtonElement>('.counselor-bar button.chip[data-option]')]
      .filter((b) => b.getAttribute('aria-pressed') === 'true')
      .map((b) => b.dataset.option);
  const notes = (el: TreatmentCompare) => inPart<HTMLTextAreaElement>(el, 'tc-your-plan', '#notes');
  const typeNote = async (el: TreatmentCompare, text: string) => {
    const box = notes(el);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
  };

  it('uses large type (at least 18 px) and puts the compact grid and the priorities side by side on a wide screen', async () => {
    const el = await smallWidget({ mode: 'counselor' });
    const article = root(el).querySelector('article')!;
    expect(article.classList.contains('counselor')).to.equal(true);
    expect(parseFloat(getComputedStyle(article).fontSize)).to.be.at.least(18);
    el.style.width = '1200px';
    await settle(el);
    expect(parts(el).grid.hasAttribute('compact')).to.equal(true);
    const grid = root(el).querySelector('.grid-section')!.getBoundingClientRect();
    const priorities = root(el).querySelector('.priorities')!.getBoundingClientRect();
    expect(priorities.left).to.be.greaterThan(grid.left + grid.width / 2);
    expect(textOf(root(el).querySelector('#tc-sliders-title'))).to.equal('What matters to the patient');
  });

  it('reads mode and persist as HTML reads enumerated attributes: case and spaces ignored', async () => {
    const el = await smallWidget({ mode: ' Counselor ', persist: 'URL' });
    expect(root(el).querySelector('article')!.classList.contains('counselor')).to.equal(true);
    expect(root(el).querySelector('.copy-link'), 'persist="URL" opts in too').to.not.equal(null);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('compares two options with the chips (keyboard): pressed chips show it, a third replaces the first, All shows all again', async () => {
    const el = await smallWidget({ mode: 'counselor', weights: 'cost:9' });
    const all = root(el).querySelector<HTMLButtonElement>('.counselor-bar button.all-chip')!;
    expect(all.getAttribute('aria-pressed')).to.equal('true');
    expect(pressed(el)).to.deep.equal([]);
    chip(el, 'gamma').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(pressed(el)).to.deep.equal(['gamma']);
    expect(gridOptions(el), 'one chosen: still every option').to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(textOf(root(el).querySelector('#tc-chips-hint'))).to.equal('Choose one more to compare.');
    chip(el, 'alpha').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(pressed(el)).to.deep.equal(['alpha', 'gamma']);
    expect(all.getAttribute('aria-pressed')).to.equal('false');
    expect(gridOptions(el)).to.deep.equal(['alpha', 'gamma']);
    expect(chartOptions(el)).to.deep.equal(['alpha', 'gamma']);
    // A third replaces the one chosen first (gamma); pressing a chosen one lets it go.
    chip(el, 'beta').click();
    await settle(el);
    expect(pressed(el)).to.deep.equal(['alpha', 'beta']);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta']);
    chip(el, 'beta').click();
    await settle(el);
    expect(pressed(el)).to.deep.equal(['alpha']);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta', 'gamma']);
    chip(el, 'gamma').click();
    all.click();
    await settle(el);
    expect(pressed(el)).to.deep.equal([]);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta', 'gamma']);
  });

  it('hides and shows options, never all of them', async () => {
    const el = await smallWidget({ mode: 'counselor', weights: 'cost:9' });
    const box = (id: string) => root(el).querySelector<HTMLInputElement>(`.show-options input[data-option="${id}"]`)!;
    box('beta').click();
    await settle(el);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'gamma']);
    expect(chip(el, 'beta'), 'a hidden option has no chip').to.equal(null);
    box('alpha').click();
    await settle(el);
    expect(gridOptions(el)).to.deep.equal(['gamma']);
    expect(box('gamma').disabled).to.equal(true);
  });

  it('starts again keeping the notes, offers undo (which gives everything back) and clearing the notes too', async () => {
    const el = await smallWidget({ mode: 'counselor', weights: 'cost:9' });
    chip(el, 'alpha').click();
    chip(el, 'beta').click();
    inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="no"]').click();
    await typeNote(el, 'Ask about the cost of Alpha');
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta', 'gamma']);
    expect(pressed(el)).to.deep.equal([]);
    expect(el.currentWeights.cost).to.equal(5);
    expect(root(el).querySelector('.waiting'), 'no priorities given again: the result waits').to.not.equal(null);
    expect(inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="no"]').checked).to.equal(false);
    expect(notes(el).value, 'the notes are kept').to.equal('Ask about the cost of Alpha');
    const offer = root(el).querySelector('.undo-status')!;
    expect(offer.getAttribute('role')).to.equal('status');
    expect(textOf(offer)).to.contain('Started again. The notes and questions are kept.');
    // Undo: priorities, focus and answers come back.
    offer.querySelector<HTMLButtonElement>('button.undo')!.click();
    await settle(el);
    expect(el.currentWeights.cost).to.equal(9);
    expect(gridOptions(el)).to.deep.equal(['alpha', 'beta']);
    expect(pressed(el)).to.deep.equal(['alpha', 'beta']);
    expect(inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="no"]').checked).to.equal(true);
    expect(notes(el).value).to.equal('Ask about the cost of Alpha');
    expect(root(el).querySelector('.undo-offer')).to.equal(null);
    expect(root(el).activeElement).to.equal(root(el).querySelector('button.start-again'));
    // Start again, then clear the notes too.
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('.undo-offer button.clear-notes')!.click();
    await settle(el);
    expect(notes(el).value).to.equal('');
    expect(root(el).querySelector('.undo-offer')).to.equal(null);
  });

  it('has no axe violations, with two options compared and the undo offer shown', async () => {
    const el = await smallWidget({ mode: 'counselor' });
    expect(await axeViolations(el)).to.deep.equal([]);
    chip(el, 'alpha').click();
    chip(el, 'gamma').click();
    await settle(el);
    root(el).querySelector<HTMLButtonElement>('button.start-again')!.click();
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('state in the URL (persist="url")', () => {
  const original = location.hash;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}${original}`));

  const withHash = async (hash: string, attrs: Record<string, string> = {}) => {
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    return smallWidget({ persist: 'url', ...attrs });
  };

  it('restores a valid state', async () => {
    const el = await withHash('#tc-weights=cost:9,relief:1&tc-stage=close&tc-role=together&tc-sure=sure:n,understand:y&tc-aside=beta');
    expect(el.currentWeights).to.deep.equal({ cost: 9, 'side-effects': 5, relief: 1 });
    expect(inPart<HTMLInputElement>(el, 'tc-decision-stage', 'input[value="close"]').checked).to.equal(true);
    expect(inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="no"]').checked).to.equal(true);
    expect(chartOptions(el)).to.deep.equal(['alpha', 'gamma']);
  });

  it('ignores junk and hostile hashes without throwing', async () => {
    // [hash, whether it gives priorities (a chart) or leaves the result waiting]
    for (const [hash, given] of [
      ['#tc-weights=cost:99999,relief:-5,__proto__:3&tc-stage=<img src=x onerror=alert(1)>&tc-aside=evil,constructor', true],
      ['#%E0%A4%A&tc-sure=sure:maybe', false],
      [`#tc-weights=${'cost:1,'.repeat(3000)}`, true],
      ['#tc-options=nope&tc-condition=<script>', false],
    ] as const) {
      const el = await withHash(hash);
      expect(parts(el).error, hash).to.equal(null);
      expect(isWaiting(el), hash).to.equal(!given);
      if (given) expect(parts(el).chart, hash).to.exist;
      expect(Object.values(el.currentWeights).every((w) => w >= 0 && w <= 10)).to.equal(true);
      expect(markupOf(root(el).querySelector('img'))).to.equal(null);
    }
  });

  it("writes the state into the hash after a change, never the notes, keeping the page's keys", async () => {
    const el = await withHash('#page=1');
    inPart<HTMLInputElement>(el, 'tc-decision-stage', 'input[value="considering"]').click();
    const notes = inPart<HTMLTextAreaElement>(el, 'tc-your-plan', '#notes');
    notes.value = 'private words';
    notes.dispatchEvent(new Event('input'));
    await settle(el);
    expect(location.hash).to.contain('page=1');
    expect(location.hash).to.contain('tc-stage=considering');
    expect(decodeURIComponent(location.hash)).to.not.contain('private');
  });

  it('copy link: uses the clipboard, else shows the link in a field; says notes are never in the link', async () => {
    const el = await showEqual(await withHash(''));
    expect(textOf(root(el).querySelector('#tc-link-privacy'))).to.contain('never your notes');
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      root(el).querySelector<HTMLButtonElement>('button.copy-link')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      expect(copied).to.contain('tc-weights=');
      expect(textOf(root(el).querySelector('.copy-status'))).to.equal('Link copied.');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new Error('denied')) },
      });
      root(el).querySelector<HTMLButtonElement>('button.copy-link')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      const field = root(el).querySelector<HTMLInputElement>('#tc-copy-field')!;
      expect(field.value).to.contain('tc-weights=');
      expect(root(el).activeElement).to.equal(field);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('keeps two widgets on one page apart by their ids (each restores its own state)', async () => {
    const left = await withHash('', { id: 'left' });
    const right = await smallWidget({ persist: 'url', id: 'right' });
    for (const [el, criterion, value] of [
      [left, 'cost', '9'],
      [right, 'relief', '2'],
    ] as const) {
      const input = parts(el).sliders.shadowRoot!.querySelector<HTMLInputElement>(`input[data-criterion="${criterion}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
    }
    expect(location.hash).to.contain('tc-left-weights=');
    expect(location.hash).to.contain('tc-right-weights=');
    const leftAgain = await smallWidget({ persist: 'url', id: 'left' });
    const rightAgain = await smallWidget({ persist: 'url', id: 'right' });
    expect(leftAgain.currentWeights.cost).to.equal(9);
    expect(leftAgain.currentWeights.relief).to.equal(5);
    expect(rightAgain.currentWeights.relief).to.equal(2);
    expect(rightAgain.currentWeights.cost).to.equal(5);
  });

  it("leaves a page's anchor, route or long hash exactly as it was", async () => {
    for (const hash of ['#contact', '#/clinic/tms?x=1', '#!/route', '#section%20two', `#page=${'x'.repeat(5000)}`]) {
      const el = await withHash(hash);
      const input = parts(el).sliders.shadowRoot!.querySelector<HTMLInputElement>('input[data-criterion="cost"]')!;
      input.value = '8';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      if (hash.startsWith('#page=')) expect(location.hash.startsWith(hash), 'a long key=value hash keeps every byte').to.equal(true);
      else expect(location.hash, hash).to.equal(hash);
    }
  });

  it('without persist="url", reads nothing from the hash and shows no copy-link button', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#tc-weights=cost:9`);
    const el = await smallWidget();
    expect(el.currentWeights.cost).to.equal(5);
    expect(isWaiting(el), 'the weights in the hash give no priorities').to.equal(true);
    expect(markupOf(root(el).querySelector('button.copy-link'))).to.equal(null);
  });
});

describe('journey privacy and language', () => {
  it('free text (notes, questions, own concern) never reaches the page in an event; SURE and stage answers do', async () => {
    const el = await smallWidget();
    const log = recordEvents(document, ['plan-change', 'deal-breakers-change', 'sure-change', 'stage-change']);
    const notes = inPart<HTMLTextAreaElement>(el, 'tc-your-plan', '#notes');
    notes.value = 'secret';
    notes.dispatchEvent(new Event('input'));
    inPart<HTMLInputElement>(el, 'tc-deal-breakers', 'input[data-option="beta"]').click();
    inPart<HTMLInputElement>(el, 'tc-sure-check', 'input[name="sure-sure"][value="yes"]').click();
    inPart<HTMLInputElement>(el, 'tc-decision-stage', 'input[value="close"]').click();
    expect(log.events.map((e) => e.type)).to.deep.equal(['sure-change', 'stage-change']);
  });

  it('speaks Spanish in every journey step with lang="es"', async () => {
    const el = await smallWidget({ lang: 'es', mode: 'counselor' });
    const text = ['tc-decision-stage', 'tc-sure-check', 'tc-your-plan', 'tc-deal-breakers']
      .map((tag) => textOf(root(el).querySelector(tag)!.shadowRoot))
      .join(' ');
    expect(text).to.contain('¿En qué punto está de su decisión?');
    expect(text).to.contain('¿Conoce los beneficios y los riesgos de cada opción?');
    expect(text).to.contain('Agregar una pregunta');
    expect(textOf(root(el).querySelector('.counselor-bar'))).to.contain('Comparar dos opciones');
    expect(inPart<HTMLTextAreaElement>(el, 'tc-your-plan', 'li textarea').value).to.equal(
      '¿Mi seguro médico cubre las opciones que estoy considerando?',
    );
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
