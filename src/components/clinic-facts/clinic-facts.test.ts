import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { englishMessages } from '../../i18n/index.js';
import { localiseClinic, localiseDataset, resolveView, validateClinic, type Clinic, type LocalClinic } from '../../model/index.js';
import type { ClinicFacts } from './clinic-facts.js';
import { axeViolations, smallDataset, textOf } from '../../../test/browser/helpers.js';

const data = localiseDataset(smallDataset(), ['en']);
const OPTION_IDS = data.options.map((o) => o.id);

const hillside = (): Clinic => ({
  name: { en: 'Hillside Clinic', es: 'Clínica Hillside' },
  provides: ['alpha'],
  facts: {
    alpha: { price: 'About $200 a session', offeredHere: true },
    gamma: { wait: 'No wait', offeredHere: false },
  },
  contact: { label: 'Call us', url: 'https://hillside.example/contact' },
  checked: '2026-10-01',
});

/** A clinic validated against the small dataset's option ids and put into English, as the root does. */
function localClinic(clinic: Clinic = hillside()): LocalClinic {
  const result = validateClinic(clinic, OPTION_IDS);
  expect(result.ok ? [] : result.errors, 'a valid clinic').to.deep.equal([]);
  return localiseClinic((result as { clinic: Clinic }).clinic, ['en']);
}

async function factsOf(clinic: LocalClinic | undefined, options = resolveView(data).options, width = 900) {
  // Width through the CSSOM, as the widget sets styles (no style attribute: a strict CSP refuses them).
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  render(html`<tc-clinic-facts .clinic=${clinic} .options=${options} .messages=${englishMessages}></tc-clinic-facts>`, wrapper);
  await fixture(wrapper);
  const el = wrapper.querySelector('tc-clinic-facts') as ClinicFacts;
  await el.updateComplete;
  return el;
}

describe('tc-clinic-facts on its own (clinic, options, messages)', () => {
  it('shows nothing without a clinic', async () => {
    const el = await factsOf(undefined);
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it("shows the clinic's facts in a table: one column per option shown, only rows with a value, labelled and dated", async () => {
    const el = await factsOf(localClinic());
    const table = el.shadowRoot!.querySelector('table[part="clinic-table"]')!;
    expect(textOf(table.querySelector('caption'))).to.equal(
      'From Hillside Clinic, checked October 1, 2026 — not part of the cited evidence.',
    );
    expect([...table.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'))).to.deep.equal(OPTION_IDS);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-fact'))).to.deep.equal([
      'price',
      'wait',
      'offeredHere',
    ]);
    const cell = (fact: string, option: string) => textOf(table.querySelector(`tr[data-fact="${fact}"] td[data-option="${option}"]`));
    expect(cell('price', 'alpha')).to.equal('About $200 a session');
    expect(cell('offeredHere', 'alpha')).to.equal('Yes');
    expect(cell('offeredHere', 'gamma')).to.equal('No');
    expect(cell('price', 'beta')).to.equal('Not given');
    expect(el.shadowRoot!.querySelector('[part="clinic-facts"]')!.getAttribute('data-clinic-checked')).to.equal('2026-10-01');
  });

  it('follows the options shown: a fact no shown option has is left out', async () => {
    const el = await factsOf(localClinic(), resolveView(data, { options: ['alpha', 'beta'] }).options);
    const table = el.shadowRoot!.querySelector('table')!;
    expect([...table.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'))).to.deep.equal([
      'alpha',
      'beta',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-fact'))).to.deep.equal(['price', 'offeredHere']);
  });

  it('links to the clinic in a new tab, http(s) only, and shows only the provenance when there are no facts', async () => {
    const el = await factsOf(localClinic({ ...hillside(), facts: undefined }));
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('p.provenance'))).to.contain('From Hillside Clinic');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="clinic-contact"]')!;
    expect([link.getAttribute('href'), link.target, link.rel]).to.deep.equal([
      'https://hillside.example/contact',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(textOf(link.closest('p'))).to.equal('Contact Hillside Clinic: Call us (opens in a new tab)');
    // A link that is not http(s) (validation refuses it; this is the second lock) is shown as text.
    el.clinic = { ...el.clinic!, contact: { label: 'Call us', url: 'javascript:alert(1)' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(textOf(el.shadowRoot)).to.contain('Call us');
  });

  it('keeps clinic text as text', async () => {
    const clinic = localClinic();
    clinic.facts!.alpha.price = '<b onclick="x()">cheap</b>';
    const el = await factsOf(clinic);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(textOf(el.shadowRoot)).to.contain('<b onclick="x()">cheap</b>');
  });

  it('shows one list per option when 600 px or narrower', async () => {
    const el = await factsOf(localClinic(), undefined, 400);
    expect(el.shadowRoot!.querySelector('table')!.checkVisibility()).to.equal(false);
    const list = el.shadowRoot!.querySelector('[part="clinic-list"]')!;
    expect(list.checkVisibility()).to.equal(true);
    expect([...list.querySelectorAll(':scope > li')].map((li) => li.getAttribute('data-option'))).to.deep.equal(OPTION_IDS);
    expect(textOf(list.querySelector('li[data-option="alpha"] dl'))).to.contain('About $200 a session');
  });

  it('passes axe, wide and narrow', async () => {
    expect(await axeViolations(await factsOf(localClinic()))).to.deep.equal([]);
    expect(await axeViolations(await factsOf(localClinic(), undefined, 400))).to.deep.equal([]);
  });
});
