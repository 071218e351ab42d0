/**
 * Counselor mode's layout and styles load only for a widget in counselor mode (lazy.ts): a patient
 * widget never requests them; a counselor widget, or one switched to counselor mode, shows its
 * loading state until they are in (never patient mode's layout first) and the counselor layout,
 * styled, once `updateComplete` resolves. The tests run in order: the module loads once per page.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentCompare } from '../../src/index.js';
import { smallWidget } from './helpers.js';

/** The files of counselor mode this page has requested so far. */
const counselorRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /treatment-compare\.counselor/.test(name));

const root = (el: TreatmentCompare) => el.shadowRoot!;
const showsCounselor = (el: TreatmentCompare) => root(el).querySelector('[part~="counselor-controls"]') !== null;
const showsPatient = (el: TreatmentCompare) => root(el).querySelector('.talk') !== null;
/** Counselor mode's sheet gives its article body text of at least 18 px. */
const counselorStyled = (el: TreatmentCompare) => parseFloat(getComputedStyle(root(el).querySelector('article')!).fontSize) >= 18;

describe('counselor mode loads on demand', () => {
  it('a patient widget never requests the counselor module', async () => {
    const el = await smallWidget();
    expect(showsPatient(el)).to.equal(true);
    expect(showsCounselor(el)).to.equal(false);
    expect(counselorRequests()).to.deep.equal([]);
    el.weights = 'cost:9';
    await el.updateComplete;
    expect(counselorRequests()).to.deep.equal([]);
  });

  it('switched to counselor mode: the loading state until the layout is in (never the patient layout), then the counselor layout', async () => {
    const el = await smallWidget();
    const sheets = root(el).adoptedStyleSheets.length;
    const seen: { patient: boolean; counselor: boolean; loading: boolean }[] = [];
    el.addController({
      hostUpdated: () =>
        seen.push({
          patient: showsPatient(el),
          counselor: showsCounselor(el),
          loading: root(el).querySelector('[part~="loading"]') !== null,
        }),
    });
    el.mode = 'counselor';
    await el.updateComplete;
    expect(counselorRequests().length, 'requested once the widget is in counselor mode').to.be.greaterThan(0);
    expect(seen[0], 'first render in counselor mode').to.deep.equal({ patient: false, counselor: false, loading: true });
    expect(seen.some((s) => s.patient)).to.equal(false);
    expect(showsCounselor(el)).to.equal(true);
    expect(root(el).querySelector('[part~="loading"]')).to.equal(null);
    expect(root(el).adoptedStyleSheets.length, "the counselor sheet adopted after the root's").to.equal(sheets + 1);
    expect(counselorStyled(el)).to.equal(true);
  });

  it('a counselor widget renders the counselor layout, styled, after updateComplete; back to patient mode drops the sheet', async () => {
    const el = await smallWidget({ mode: 'counselor' });
    expect(showsCounselor(el)).to.equal(true);
    expect(showsPatient(el)).to.equal(false);
    expect(counselorStyled(el)).to.equal(true);
    const sheets = root(el).adoptedStyleSheets.length;
    el.mode = 'patient';
    await el.updateComplete;
    expect(showsPatient(el)).to.equal(true);
    expect(showsCounselor(el)).to.equal(false);
    expect(root(el).adoptedStyleSheets.length).to.equal(sheets - 1);
    expect(counselorStyled(el)).to.equal(false);
  });

  it('a new counselor widget on the page uses the module already loaded (no second request)', async () => {
    const before = counselorRequests().length;
    const el = await smallWidget({ mode: 'counselor' });
    expect(showsCounselor(el)).to.equal(true);
    expect(counselorRequests().length).to.equal(before);
  });
});
