/** What a page cannot get at or break: free text never leaves in an event; odd timeouts do not fail at once. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import { settle, smallWidget, wait } from './helpers.js';

const inPart = <T extends Element>(el: TreatmentCompare, tag: string, selector: string) =>
  el.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelector<T>(selector)!;

describe('privacy: free text stays inside the widget', () => {
  it('no listener on the page, not even a capturing one on window, receives notes, questions or the own concern', async () => {
    const el = await smallWidget();
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail ?? null)}`);
    const types = ['tc-plan-input', 'tc-deal-breakers-input', 'plan-change', 'deal-breakers-change', 'input', 'change'];
    for (const type of types) window.addEventListener(type, listener, { capture: true });
    try {
      const notes = inPart<HTMLTextAreaElement>(el, 'tc-your-plan', '#notes');
      notes.value = 'my private note';
      notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const question = inPart<HTMLTextAreaElement>(el, 'tc-your-plan', 'textarea[data-index="0"]');
      question.value = 'my private question';
      question.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
      inPart<HTMLButtonElement>(el, 'tc-deal-breakers', 'button.add-concern').click();
      await settle(el);
      const name = inPart<HTMLInputElement>(el, 'tc-deal-breakers', '#concern-name');
      name.value = 'my private concern';
      name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
    } finally {
      for (const type of types) window.removeEventListener(type, listener, { capture: true });
    }
    expect(seen.join('\n')).to.not.contain('private');
    expect(seen.filter((s) => s.startsWith('tc-') || s.startsWith('plan-') || s.startsWith('deal-'))).to.deep.equal([]);
  });
});

describe('fetch-timeout: odd values do not make a load fail at once', () => {
  for (const value of ['Infinity', '1e309', '2147483648', '-1', 'abc']) {
    it(`fetch-timeout="${value}" waits for the file`, async () => {
      const el = await fixture<TreatmentCompare>(
        html`<treatment-compare fetch-timeout=${value} src="/test/fixtures/small-dataset.json.txt"></treatment-compare>`,
      );
      await wait(300);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="error"]'), 'no timeout error').to.equal(null);
      expect(el.shadowRoot!.querySelector('tc-option-grid')).to.exist;
    });
  }
});
