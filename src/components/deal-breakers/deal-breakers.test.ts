import { expect, fixture, html } from '@open-wc/testing';
import type { DealBreakers } from './deal-breakers.js';
import { axeViolations, recordEvents, textOf } from '../../../test/browser/journey-helpers.js';

const OPTIONS = [
  { id: 'alpha', label: 'Alpha therapy' },
  { id: 'beta', label: 'Beta pills' },
];

describe('journey: deal-breakers and your own concern', () => {
  it('sets an option aside and back, firing deal-breakers-change', async () => {
    const el = await fixture<DealBreakers>(html`<tc-deal-breakers .options=${OPTIONS}></tc-deal-breakers>`);
    const log = recordEvents(document, ['deal-breakers-change']);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-option="beta"]')!;
    expect(textOf(box.closest('label'))).to.equal('Beta pills is a deal-breaker for me');
    box.click();
    expect(log.of('deal-breakers-change').at(-1)!.detail).to.deep.equal({ setAside: ['beta'] });
    box.click();
    expect(log.of('deal-breakers-change').at(-1)!.detail).to.deep.equal({ setAside: [] });
  });

  it('says so when every option is set aside', async () => {
    const el = await fixture<DealBreakers>(html`<tc-deal-breakers .options=${OPTIONS} .setAside=${['alpha', 'beta']}></tc-deal-breakers>`);
    expect(textOf(el.shadowRoot)).to.contain('nothing left to compare');
  });

  it('adds a named concern rated 1-5 per option, and removes it', async () => {
    const el = await fixture<DealBreakers>(html`<tc-deal-breakers .options=${OPTIONS}></tc-deal-breakers>`);
    const log = recordEvents(document, ['deal-breakers-change']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.add-concern')!.click();
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#concern-name')!;
    expect(el.shadowRoot!.activeElement).to.equal(name);
    name.value = 'Driving after treatment';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-option="alpha"]')!;
    select.value = '4';
    select.dispatchEvent(new Event('change'));
    expect(log.of('deal-breakers-change').at(-1)!.detail).to.deep.equal({
      setAside: [],
      concern: { label: 'Driving after treatment', ratings: { alpha: 4 } },
    });
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.remove-concern')!.click();
    await el.updateComplete;
    expect(log.of('deal-breakers-change').at(-1)!.detail).to.deep.equal({ setAside: [] });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button.add-concern'));
  });

  it('passes axe with a concern open', async () => {
    const el = await fixture<DealBreakers>(
      html`<tc-deal-breakers .options=${OPTIONS} .concern=${{ label: 'Driving', ratings: { beta: 2 } }}></tc-deal-breakers>`,
    );
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-option="beta"]')!.value).to.equal('2');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
