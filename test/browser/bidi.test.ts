/**
 * Issue #14, item 6: dataset and clinic text placed inside a sentence is isolated from it, so a
 * right-to-left clinic name or option label cannot move the sentence's punctuation: `<bdi>` in
 * the page, U+2068 FSI ... U+2069 PDI in attribute strings and the live region.
 */
import { expect } from '@open-wc/testing';
import type { Clinic, TreatmentCompare } from '../../src/index.js';
import { parts, settle, sliderInputs, smallDataset, smallWidget, wait } from './helpers.js';

const CLINIC = 'מרפאה!';
const OPTION = 'טיפול';
const HEBREW = /[\u0590-\u05ff]/;
const FSI = '\u2068';
const PDI = '\u2069';

function rtlWidget(attrs: Record<string, string> = {}): Promise<TreatmentCompare> {
  const data = smallDataset();
  data.options[0].label = OPTION;
  return smallWidget(attrs, data).then(async (el) => {
    el.clinic = { name: CLINIC, provides: ['alpha'], checked: '2026-11-01' } as Clinic;
    return settle(el);
  });
}

/** Every node under a root, through shadow roots (and the print summary, which is in the root's tree). */
function* deepNodes(node: Node): Generator<Node> {
  for (const child of node.childNodes) {
    yield child;
    yield* deepNodes(child);
    if (child instanceof Element && child.shadowRoot) yield* deepNodes(child.shadowRoot);
  }
}

/**
 * Hebrew text nodes that sit in a sentence without a `<bdi>` around them: a text node that is not
 * the whole text of its element, outside a bdi. (A label alone in its cell or heading is not in a sentence.)
 */
function unisolated(el: TreatmentCompare): string[] {
  const out: string[] = [];
  for (const node of deepNodes(el.shadowRoot!)) {
    if (node.nodeType !== Node.TEXT_NODE || !HEBREW.test(node.textContent!)) continue;
    const parent = node.parentElement!;
    if (parent.closest('bdi') || ['title', 'desc', 'tspan', 'text'].includes(parent.localName)) continue;
    if (parent.textContent!.trim() !== node.textContent!.trim()) out.push(`<${parent.localName}>${parent.textContent!.trim()}`);
  }
  return out;
}

/** Strings that carry Hebrew without FSI ... PDI around it: attributes, and SVG text (where no element can go). */
function unmarked(el: TreatmentCompare): string[] {
  const out: string[] = [];
  const check = (where: string, text: string) => {
    if (!HEBREW.test(text) || text.trim() === OPTION || text.trim() === CLINIC) return;
    if (!text.includes(`${FSI}${OPTION}${PDI}`) && !text.includes(`${FSI}${CLINIC}${PDI}`)) out.push(`${where}: ${text}`);
  };
  for (const node of deepNodes(el.shadowRoot!)) {
    if (!(node instanceof Element)) continue;
    for (const name of ['aria-label', 'title', 'alt', 'aria-description']) {
      const value = node.getAttribute(name);
      if (value) check(name, value);
    }
    if (['title', 'desc'].includes(node.localName)) check(node.localName, node.textContent!);
  }
  return out;
}

describe('right-to-left dataset and clinic text in sentences (#14 item 6)', () => {
  it('the conflict-of-interest disclosure isolates the clinic name and option label, in sentence order', async () => {
    const el = await rtlWidget();
    const span = parts(el).root.querySelector('.tc-disclosure span')!;
    const pieces = [...span.childNodes]
      .filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .map((n) => (n instanceof Element ? `<${n.localName}>${n.textContent}` : n.textContent!.trim()));
    expect(pieces.join(' | ')).to.equal(`<bdi>${CLINIC} | provides | <bdi>${OPTION} | and is paid when patients choose it.`);
    expect(unisolated(el).join('\n')).to.equal('');
  });

  it('"Not an option for me: X", the readout, the chart and the live region, with priorities given', async () => {
    const el = await rtlWidget({ weights: 'cost:9' });
    const breakers = parts(el).root.querySelector('tc-deal-breakers')!.shadowRoot!;
    const label = breakers.querySelector('input[data-option="alpha"]')!.closest('label')!;
    expect(label.querySelector('bdi')?.textContent).to.equal(OPTION);
    expect(label.textContent!.trim()).to.equal(`Not an option for me: ${OPTION}`);
    // The readout names the option that lines up most closely, in its bdi.
    const howSure = parts(el).howSure!.shadowRoot!;
    expect([...howSure.querySelectorAll('bdi')].map((b) => b.textContent).join(' ')).to.match(HEBREW);
    // A slider moved: the live region says it with FSI ... PDI (text only there).
    const slider = sliderInputs(el)[0];
    slider.value = '2';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    await wait(150);
    await settle(el);
    expect(parts(el).live.textContent).to.contain(`${FSI}${OPTION}${PDI} `);
    expect(unisolated(el).join('\n')).to.equal('');
    expect(unmarked(el).join('\n')).to.equal('');
  });

  it('the printed summary and a ruled-out option', async () => {
    const el = await rtlWidget({ weights: 'cost:9' });
    const box = parts(el)
      .root.querySelector('tc-deal-breakers')!
      .shadowRoot!.querySelector<HTMLInputElement>('input[data-option="alpha"]')!;
    box.click();
    await settle(el);
    const summary = parts(el).root.querySelector('[part="summary"]')!;
    const ruledOut = [...summary.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Options I ruled out'))!;
    expect(ruledOut.querySelector('bdi')?.textContent).to.equal(OPTION);
    expect(unisolated(el).join('\n')).to.equal('');
  });

  it('counselor mode: the rating buttons name the option with FSI ... PDI', async () => {
    const el = await rtlWidget({ mode: 'counselor', weights: 'cost:9' });
    const labels = [...deepNodes(el.shadowRoot!)]
      .filter((n): n is Element => n instanceof Element && (n.getAttribute('aria-label') ?? '').includes(OPTION))
      .map((n) => n.getAttribute('aria-label')!);
    expect(labels.length).to.be.greaterThan(0);
    expect(labels[0].startsWith(`${FSI}${OPTION}${PDI}, `)).to.equal(true);
    expect(unisolated(el).join('\n')).to.equal('');
    expect(unmarked(el).join('\n')).to.equal('');
  });
});
