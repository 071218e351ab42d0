import { expect } from '@open-wc/testing';
import { openQuestion, parts, settle, showEqual, smallWidget } from './helpers.js';

describe('theming', () => {
  let sheet: CSSStyleSheet;
  beforeEach(() => {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  afterEach(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });

  it('inherits the page font and colour', async () => {
    sheet.replaceSync('.page { font-family: "Courier New", monospace; color: rgb(12, 34, 56); font-size: 19px; }');
    const wrapper = document.createElement('div');
    wrapper.className = 'page';
    document.body.append(wrapper);
    const el = await smallWidget();
    wrapper.append(el);
    await settle(el);
    const h2 = parts(el).root.querySelector('h2')!;
    const style = getComputedStyle(h2);
    expect(style.fontFamily).to.contain('Courier New');
    expect(style.color).to.equal('rgb(12, 34, 56)');
    const label = parts(el).sliders.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(label).fontFamily).to.contain('Courier New');
    wrapper.remove();
  });

  it('keeps its text layout when the page around it centres, capitalises, spaces out or italicises text', async () => {
    sheet.replaceSync(`.cms-block { text-align: center; text-indent: 3em; text-transform: uppercase; letter-spacing: 4px;
      word-spacing: 12px; white-space: nowrap; font-style: italic; text-shadow: 1px 1px red; color: rgb(12, 34, 56); }`);
    const wrapper = document.createElement('div');
    wrapper.className = 'cms-block';
    document.body.append(wrapper);
    const el = await smallWidget();
    wrapper.append(el);
    await settle(el);
    const cell = parts(el).grid.shadowRoot!.querySelector('td[part="cell"]')!;
    for (const node of [parts(el).root.querySelector('h2')!, cell]) {
      const style = getComputedStyle(node);
      expect([
        style.textAlign,
        style.textIndent,
        style.textTransform,
        style.letterSpacing,
        style.wordSpacing,
        style.whiteSpace,
        style.fontStyle,
        style.textShadow,
      ]).to.deep.equal(['start', '0px', 'none', 'normal', '0px', 'normal', 'normal', 'none']);
      expect(style.color, 'the colour still comes from the page').to.equal('rgb(12, 34, 56)');
    }
    wrapper.dir = 'rtl';
    expect(getComputedStyle(cell).direction, 'English and Spanish stay left to right on a right-to-left page').to.equal('ltr');
    // A style set on the element itself still wins.
    el.style.letterSpacing = '1px';
    expect(getComputedStyle(cell).letterSpacing).to.equal('1px');
    wrapper.remove();
  });

  it('still takes a reader’s text spacing (WCAG 1.4.12: the usual `*` override with !important) without clipping or overflow', async () => {
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
    const el = await smallWidget();
    el.style.width = '320px';
    await settle(el);
    const cell = parts(el).grid.shadowRoot!.querySelector('td[part="cell"], [part="option-card"]')!;
    const size = parseFloat(getComputedStyle(el).fontSize);
    expect(parseFloat(getComputedStyle(cell).letterSpacing)).to.be.closeTo(0.12 * size, 0.05);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('takes --tc-* custom properties and exposes ::part()', async () => {
    sheet.replaceSync(`
      treatment-compare { --tc-accent: rgb(200, 0, 100); }
      treatment-compare::part(chart) { outline: 3px solid rgb(1, 2, 3); }
      treatment-compare::part(cell) { outline: 2px solid rgb(4, 5, 6); }
      treatment-compare::part(slider) { outline: 1px solid rgb(7, 8, 9); }
      treatment-compare::part(how-sure) { outline: 1px solid rgb(10, 11, 12); }
      treatment-compare::part(about) { outline: 1px solid rgb(13, 14, 15); }
      treatment-compare::part(grid) { outline: 1px solid rgb(16, 17, 18); }
      treatment-compare::part(waiting) { outline: 1px solid rgb(19, 20, 21); }
      treatment-compare::part(options-key) { outline: 1px solid rgb(22, 23, 24); }
      treatment-compare::part(more) { outline: 1px solid rgb(25, 26, 27); }
      treatment-compare::part(cell-detail) { outline: 1px solid rgb(28, 29, 30); }
      treatment-compare::part(next-steps) { outline: 1px solid rgb(31, 32, 33); }
      treatment-compare::part(mini-result) { outline: 1px solid rgb(34, 35, 36); }
    `);
    const el = await smallWidget();
    expect(getComputedStyle(parts(el).root.querySelector('[part~="waiting"]')!).outlineColor).to.equal('rgb(19, 20, 21)');
    await showEqual(el);
    await openQuestion(el, 'cost');
    const { root, chart, grid, sliders, howSure, about } = parts(el);
    expect(getComputedStyle(grid.shadowRoot!.querySelector('[part~="options-key"]')!).outlineColor).to.equal('rgb(22, 23, 24)');
    expect(getComputedStyle(grid.shadowRoot!.querySelector('[part~="more"]')!).outlineColor).to.equal('rgb(25, 26, 27)');
    expect(getComputedStyle(grid.shadowRoot!.querySelector('[part~="cell-detail"]')!).outlineColor).to.equal('rgb(28, 29, 30)');
    expect(getComputedStyle(root.querySelector('[part~="next-steps"]')!).outlineColor).to.equal('rgb(31, 32, 33)');
    expect(getComputedStyle(root.querySelector('[part~="mini-result"]')!).outlineColor).to.equal('rgb(34, 35, 36)');
    expect(getComputedStyle(root.querySelector('[part="not-advice"]')!).borderInlineStartColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('svg')!).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(grid.shadowRoot!.querySelector('td[part="cell"]')!).outlineColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(sliders.shadowRoot!.querySelector('[part="slider"]')!).outlineColor).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(howSure!.shadowRoot!.querySelector('[part="how-sure"]')!).outlineColor).to.equal('rgb(10, 11, 12)');
    expect(getComputedStyle(about.shadowRoot!.querySelector('[part="about"]')!).outlineColor).to.equal('rgb(13, 14, 15)');
    expect(getComputedStyle(grid.shadowRoot!.querySelector('table')!).outlineColor).to.equal('rgb(16, 17, 18)');
  });
});
