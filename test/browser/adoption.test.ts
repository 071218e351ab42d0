/** Moved into another document (adoptNode into an iframe): the widget renders and keeps its styles. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { TreatmentCompare } from '../../src/index.js';
import { settle, smallDataset, wait } from './helpers.js';

async function frameDocument(): Promise<Document> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  await wait(0);
  return frame.contentDocument!;
}

/** The border of a rendered grid cell: the shared styles give it one; with no styles there is none. */
const styled = (el: TreatmentCompare) => {
  const grid = el.shadowRoot!.querySelector('tc-option-grid')!;
  const sliders = el.shadowRoot!.querySelector('tc-priority-sliders')!;
  const slider = sliders.shadowRoot!.querySelector('.slider')!;
  // Each slider has a rule under it (from the sliders' own styles): none unless the styles came along.
  return getComputedStyle(slider).borderBottomStyle !== 'none' && grid.shadowRoot!.adoptedStyleSheets.length > 0;
};

describe('moved into another document', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  it('moved after it rendered: keeps its styles', async () => {
    const el = document.createElement('treatment-compare') as TreatmentCompare;
    el.dataset = smallDataset();
    document.body.append(el);
    await settle(el);
    expect(styled(el)).to.equal(true);
    const doc = await frameDocument();
    doc.body.append(doc.adoptNode(el));
    await settle(el);
    expect(el.ownerDocument).to.equal(doc);
    expect(styled(el), 'styles after the move').to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('moved before it rendered: renders every part, styled', async () => {
    const el = document.createElement('treatment-compare') as TreatmentCompare;
    el.dataset = smallDataset();
    const doc = await frameDocument();
    doc.body.append(doc.adoptNode(el));
    await settle(el);
    expect(el.shadowRoot!.querySelector('tc-option-grid')!.shadowRoot!.querySelector('table, .cards')).to.exist;
    expect(styled(el)).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it("in counselor mode: keeps counselor mode's sheet (loaded later) when moved, and adopts it when moved before it loaded", async () => {
    // Counselor mode's body text is at least 18 px; without its sheet the article is not.
    const counselorStyled = (el: TreatmentCompare) => {
      const article = el.shadowRoot!.querySelector('article.counselor')!;
      return parseFloat(el.ownerDocument.defaultView!.getComputedStyle(article).fontSize) >= 18;
    };
    const moved = document.createElement('treatment-compare') as TreatmentCompare;
    moved.mode = 'counselor';
    moved.dataset = smallDataset();
    const early = document.createElement('treatment-compare') as TreatmentCompare;
    early.mode = 'counselor';
    early.dataset = smallDataset();
    const doc = await frameDocument();
    doc.body.append(doc.adoptNode(early)); // before its layout has loaded
    document.body.append(moved);
    await settle(moved);
    await settle(early);
    expect(counselorStyled(moved)).to.equal(true);
    expect(counselorStyled(early), 'moved before the layout loaded').to.equal(true);
    doc.body.append(doc.adoptNode(moved));
    await settle(moved);
    expect(moved.shadowRoot!.querySelector('[part~="counselor-controls"]')).to.exist;
    expect(counselorStyled(moved), 'after the move').to.equal(true);
    expect(styled(moved)).to.equal(true);
    expect(errors).to.deep.equal([]);
  });
});
