/**
 * Host pages (#11): what a clinic's page does around the widget must not break it.
 * - a universal `* { box-sizing: content-box !important }` (it reaches the host element);
 * - a very wide container: prose stays at about 75 characters a line;
 * - a dark page that does not say so with `prefers-color-scheme` (light text on a dark background):
 *   text at least 4.5:1, controls, slider and focus ring at least 3:1. The ratios are printed.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { settle, smallWidget } from './helpers.js';
import type { TreatmentCompare } from '../../src/index.js';

/** Every element under `node`, through open shadow roots. */
function deepAll(node: Element | ShadowRoot, selector: string, out: Element[] = []): Element[] {
  for (const el of (node instanceof Element && node.shadowRoot ? node.shadowRoot : node).querySelectorAll('*')) {
    if (el.matches(selector)) out.push(el);
    if (el.shadowRoot) deepAll(el, selector, out);
  }
  return out;
}

/** Opens every closed part (details) so its fields and text are laid out. */
async function openEverything(el: TreatmentCompare) {
  for (let round = 0; round < 3; round++) {
    for (const d of deepAll(el, 'details')) (d as HTMLDetailsElement).open = true;
    await settle(el);
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** A page sheet for one test, taken away after it. */
let sheet: CSSStyleSheet;
beforeEach(() => {
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
afterEach(async () => {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  await setViewport({ width: 1280, height: 900 });
  await emulateMedia({ colorScheme: 'light' });
});

async function widgetIn(width: string, pageCss: string) {
  sheet.replaceSync(pageCss);
  const wrapper = document.createElement('div');
  wrapper.className = 'host-page';
  wrapper.style.setProperty('width', width);
  document.body.append(wrapper);
  const el = await smallWidget();
  wrapper.append(el);
  await settle(el);
  await openEverything(el);
  return { el, wrapper };
}

describe('host pages: box-sizing', () => {
  it('keeps every field inside its container when the page sets * { box-sizing: content-box !important }', async () => {
    const { el, wrapper } = await widgetIn('390px', '* { box-sizing: content-box !important; }');
    const fields = deepAll(el, 'input, textarea, select, button');
    let worst = { overflow: -Infinity, what: '' };
    for (const field of fields) {
      const box = field.getBoundingClientRect();
      if (box.width === 0) continue;
      const parent = field.parentElement ?? ((field.getRootNode() as ShadowRoot).host as HTMLElement);
      const outer = parent.getBoundingClientRect();
      const overflow = box.right - outer.right;
      if (overflow > worst.overflow) worst = { overflow, what: `${field.tagName.toLowerCase()}#${field.id || field.className}` };
    }
    console.log(
      `box-sizing: ${fields.length} fields; the one furthest out: ${worst.what}, ${worst.overflow.toFixed(1)} px past its container`,
    );
    expect(worst.overflow, worst.what).to.be.at.most(0.5);
    expect(el.scrollWidth, 'nothing scrolls sideways').to.be.at.most(el.clientWidth);
    wrapper.remove();
  });
});

describe('host pages: line length', () => {
  it('keeps prose at about 75 characters a line in a 1920 px container', async () => {
    await setViewport({ width: 1960, height: 1000 });
    const { el, wrapper } = await widgetIn('1920px', '');
    let widest = { chars: 0, text: '' };
    for (const p of deepAll(el, 'p, dd')) {
      const box = p.getBoundingClientRect();
      if (box.height === 0 || (p.textContent ?? '').trim().length < 80) continue;
      // The width of one "0" in the paragraph's own font: what `ch` means.
      const probe = document.createElement('span');
      probe.textContent = '0'.repeat(100);
      probe.style.setProperty('font', getComputedStyle(p).font);
      probe.style.setProperty('position', 'absolute');
      document.body.append(probe);
      const ch = probe.getBoundingClientRect().width / 100;
      probe.remove();
      const chars = box.width / ch;
      if (chars > widest.chars) widest = { chars, text: (p.textContent ?? '').trim().slice(0, 50) };
    }
    console.log(`line length at 1920 px: the widest paragraph is ${widest.chars.toFixed(0)} ch ("${widest.text}…")`);
    expect(widest.chars).to.be.greaterThan(0);
    expect(widest.chars).to.be.at.most(76);
    wrapper.remove();
  });
});

/** sRGB channels (0-255) and alpha of a computed colour: rgb(), rgba() or color(srgb …). */
function channels(color: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(color);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(color);
  if (!rgb) throw new Error(`not a colour I can read: ${color}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

function luminance([r, g, b]: number[]) {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast of `color` laid over the opaque `background`. */
function contrast(color: string, background: string) {
  const [r, g, b, a] = channels(color);
  const bg = channels(background);
  const over = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
  const [light, dark] = [luminance(over), luminance(bg)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour a private token resolves to inside `root`, as a part's own rule would use it. */
function token(root: ShadowRoot, value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  root.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

describe('host pages: a dark page that does not set prefers-color-scheme', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 and controls, slider and focus ring at 3:1 on #111 with #eee text (browser scheme ${scheme})`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const background = 'rgb(17, 17, 17)';
      const { el, wrapper } = await widgetIn('1000px', `.host-page { color: #eee; background: #111; }`);
      const sliders = el.shadowRoot!.querySelector('tc-priority-sliders')!.shadowRoot!;
      const plan = el.shadowRoot!.querySelector('tc-your-plan')!.shadowRoot!;
      const ratios: Record<string, number> = {
        text: contrast(getComputedStyle(sliders.querySelector('label')!).color, background),
        'muted text': contrast(getComputedStyle(sliders.querySelector('.muted')!).color, background),
        'accent (slider thumb)': contrast(token(sliders, 'var(--_accent)'), background),
        'focus ring': contrast(token(sliders, 'var(--_focus)'), background),
        'slider track': contrast(token(sliders, 'var(--_track)'), background),
        'button edge': contrast(getComputedStyle(sliders.querySelector('button')!).borderTopColor, background),
        'text field edge': contrast(getComputedStyle(plan.querySelector('textarea')!).borderTopColor, background),
        'warning edge': contrast(token(sliders, 'var(--_warning)'), background),
      };
      console.log(
        `dark page, browser scheme ${scheme}: ${Object.entries(ratios)
          .map(([what, ratio]) => `${what} ${ratio.toFixed(1)}:1`)
          .join(', ')}`,
      );
      for (const [what, ratio] of Object.entries(ratios))
        expect(ratio, what).to.be.at.least(what.includes('text') && !what.includes('field') ? 4.5 : 3);
      wrapper.remove();
    });
  }

  it('keeps the same kinds of contrast on a light page in a dark-mode browser', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const background = 'rgb(255, 255, 255)';
    const { el, wrapper } = await widgetIn('1000px', `.host-page { color: #222; background: #fff; }`);
    const sliders = el.shadowRoot!.querySelector('tc-priority-sliders')!.shadowRoot!;
    const ratios = {
      accent: contrast(token(sliders, 'var(--_accent)'), background),
      track: contrast(token(sliders, 'var(--_track)'), background),
      'button edge': contrast(getComputedStyle(sliders.querySelector('button')!).borderTopColor, background),
    };
    console.log(
      `light page, dark-mode browser: ${Object.entries(ratios)
        .map(([w, r]) => `${w} ${r.toFixed(1)}:1`)
        .join(', ')}`,
    );
    for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).to.be.at.least(3);
    wrapper.remove();
  });
});
