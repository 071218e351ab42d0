import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { englishMessages, formatter } from '../../i18n/index.js';
import { es } from '../../i18n/es.js';
import { localiseDataset } from '../../model/index.js';
import type { AboutEvidence } from './about-evidence.js';
import { axeViolations, parts, smallDataset, smallWidget, textOf } from '../../../test/browser/helpers.js';

describe('about this information', () => {
  it('shows dates, update policy, funding, competing interests, authors, method and every source', async () => {
    const el = await smallWidget();
    const about = parts(el).about.shadowRoot!;
    const text = textOf(about);
    for (const expected of [
      'Published January 15, 2026',
      'Review by January 15, 2099',
      'Reviewed every year by the test team.',
      'No funding: written for tests.',
      'The authors sell none of these options.',
      'Ada Tester, Bo Checker',
      'Made up for tests.',
    ]) {
      expect(text).to.contain(expected);
    }
    const items = [...about.querySelectorAll('[part="citations"] li')];
    expect(items.map((li) => li.getAttribute('data-citation'))).to.deep.equal(['c1', 'c2', 'c3']);
    expect(textOf(items[0])).to.contain('Smith J, et al. (2020). A first test study');
    expect(textOf(items[0])).to.contain('doi:10.1000/test1');
    expect(parts(el).root.querySelector('[part="review-warning"]')).to.equal(null);
    expect(textOf(parts(el).root.querySelector('[part="not-advice"]'))).to.contain('does not recommend');
  });

  it('warns visibly once the review-by date has passed', async () => {
    const data = smallDataset();
    data.meta.published = '2020-01-01';
    data.meta.reviewBy = '2021-06-30';
    const el = await smallWidget({}, data);
    const warning = parts(el).root.querySelector('[part="review-warning"]')!;
    expect(warning).to.exist;
    expect(textOf(warning)).to.contain('June 30, 2021');
    expect(textOf(warning)).to.contain('may be out of date');
    expect(warning.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(parts(el).about.shadowRoot)).to.contain('(this date has passed)');
  });

  it('the served JSON copy of the small fixture matches the TypeScript one', async () => {
    // Served as .json.txt: the test server turns every .json file into a JavaScript module.
    const response = await fetch('/test/fixtures/small-dataset.json.txt');
    expect(JSON.parse(await response.text())).to.deep.equal(smallDataset());
  });
});

describe('tc-about-evidence on its own (data, messages)', () => {
  async function aboutOf(today?: string, change: (d: ReturnType<typeof smallDataset>) => void = () => {}, messages = englishMessages) {
    const dataset = smallDataset();
    change(dataset);
    const data = localiseDataset(dataset, [messages.language]);
    const el = await fixture<AboutEvidence>(html`<tc-about-evidence .data=${data} .messages=${messages}></tc-about-evidence>`);
    if (today) {
      el.today = today;
      await el.updateComplete;
    }
    return el;
  }

  it('shows nothing without data', async () => {
    const el = await fixture<AboutEvidence>(html`<tc-about-evidence></tc-about-evidence>`);
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('lists the facts about the evidence and every source, linked safely', async () => {
    const el = await aboutOf();
    const about = el.shadowRoot!;
    expect([...about.querySelectorAll('dt')].map((dt) => textOf(dt)).at(-1)).to.equal(englishMessages.method);
    expect(about.querySelector('time[datetime="2026-01-15"]')!.textContent).to.equal('January 15, 2026');
    expect(textOf(about)).to.contain('Ada Tester, Bo Checker');
    expect(about.querySelector('.overdue')).to.equal(null);
    const items = [...about.querySelectorAll('[part="citations"] li')];
    expect(items.map((li) => li.getAttribute('data-citation'))).to.deep.equal(['c1', 'c2', 'c3']);
    for (const a of about.querySelectorAll('a')) {
      expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
      expect(textOf(a)).to.contain('(opens in a new tab)');
    }
  });

  it('marks the review-by date once today is after it', async () => {
    const el = await aboutOf('2099-01-16');
    expect(textOf(el.shadowRoot!.querySelector('.overdue'))).to.equal('(this date has passed)');
  });

  it('leaves out the method when the data has none, and keeps text from data as text', async () => {
    const el = await aboutOf(undefined, (d) => {
      delete d.meta.method;
      d.meta.funding = '<img src=x onerror="window.__tcAbout=1">';
    });
    const terms = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => textOf(dt));
    expect(terms, 'funding and competing interests are outside the list, in view').to.have.length(4);
    expect(terms).to.not.include(englishMessages.method);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(textOf(el.shadowRoot)).to.contain('<img src=x');
  });

  it('is one closed disclosure, with who paid and who stands to gain in view; its links are no Tab stops until opened', async () => {
    const el = await aboutOf();
    const about = el.shadowRoot!;
    const details = about.querySelector('details')!;
    expect(details.open, 'closed at the start').to.equal(false);
    expect(about.querySelectorAll('details')).to.have.length(1);
    expect(details.contains(about.querySelector('[part="citations"]')), 'the sources are inside').to.equal(true);
    const inView = [...about.querySelectorAll('.interest')].filter((p) => !details.contains(p) && p.getBoundingClientRect().height > 0);
    expect(inView.map((p) => textOf(p))).to.deep.equal([
      'Who paid for it: No funding: written for tests.',
      'Competing interests: The authors sell none of these options.',
    ]);
    // Tab from a button before the element: the summary, then out of the element.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    const stops: string[] = [];
    try {
      before.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        stops.push(about.activeElement?.tagName.toLowerCase() ?? 'outside');
      }
    } finally {
      before.remove();
    }
    expect(stops).to.deep.equal(['summary', 'outside', 'outside']);
    details.open = true;
    expect(
      [...about.querySelectorAll('a')].every((a) => a.getClientRects().length > 0),
      'open: the links are there',
    ).to.equal(true);
  });

  it('shows no repository path: the method says in words where the scores are explained', async () => {
    const el = await aboutOf(undefined, (d) => {
      d.meta.method = { en: 'The reason for every score is in the evidence document (data/EVIDENCE.md). See docs/method.md too.' };
    });
    const text = textOf(el.shadowRoot);
    expect(text).to.contain('The reason for every score is in the evidence document. See too.');
    expect(text).to.not.match(/\w\/\w+\.md/);
    expect(englishMessages.method).to.equal('How we found and scored the evidence');
  });

  it('marks the sources\' English titles and journals lang="en" in the Spanish view, and not in the English one', async () => {
    const spanish = await aboutOf(undefined, undefined, es(formatter('es-US')));
    const item = spanish.shadowRoot!.querySelector('[part="citations"] li')!;
    const marked = [...item.querySelectorAll('[lang="en"]')].map((n) => textOf(n));
    expect(marked).to.deep.equal(['A first test study', textOf(item.querySelector('[lang="en"]:last-of-type'))]);
    expect(textOf(item.querySelector('a .visually-hidden')), 'the words of the view stay Spanish').to.equal('(se abre en otra pestaña)');
    expect(item.querySelector('a .visually-hidden')!.closest('[lang]'), 'not inside the English title').to.equal(null);
    const english = await aboutOf();
    expect(english.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
  });

  it('passes axe, closed and open, in English and Spanish', async () => {
    for (const messages of [englishMessages, es(formatter('es-US'))]) {
      const el = await aboutOf('2099-01-16', undefined, messages);
      expect(await axeViolations(el)).to.deep.equal([]);
      el.shadowRoot!.querySelector('details')!.open = true;
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
