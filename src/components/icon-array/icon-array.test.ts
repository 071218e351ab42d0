import { expect, fixture, html } from '@open-wc/testing';
import type { IconArray } from './icon-array.js';
import { journeySpanish } from '../../i18n/journey-es.js';
import { attributeText, axeViolations, styleAttributes, textOf } from '../../../test/browser/journey-helpers.js';

async function iconArrayOf(count: number, comparison?: { label: string; count: number }) {
  const el = await fixture<IconArray>(html`<tc-icon-array
    .count=${count}
    label="Pain-free 2 hours after treating a migraine attack"
    event="were pain-free"
    nonEvent="still had pain"
    population="Adults with migraine with aura in one trial (164 people)"
    timeFrame="at 2 hours"
    .comparison=${comparison}
  ></tc-icon-array>`);
  await el.updateComplete;
  return el;
}

describe('journey: icon array', () => {
  it('draws 100 whole icons, filled in rows of ten from the top-left', async () => {
    const el = await iconArrayOf(39);
    const icons = [...el.shadowRoot!.querySelectorAll('[data-kind="main"] g.icon')];
    expect(icons).to.have.length(100);
    const filled = icons.filter((g) => g.classList.contains('on'));
    expect(filled).to.have.length(39);
    expect(icons.slice(0, 39).every((g) => g.classList.contains('on'))).to.equal(true);
    // Row by row: the 11th icon starts the second row at the left edge.
    expect(icons[0].getAttribute('transform')).to.equal('translate(0 0)');
    expect(icons[9].getAttribute('transform')).to.equal('translate(108 0)');
    expect(icons[10].getAttribute('transform')).to.equal('translate(0 12)');
    expect(icons[38].getAttribute('transform')).to.equal('translate(96 36)');
  });

  it('says both frames in words, with the time frame and the population', async () => {
    const el = await iconArrayOf(39);
    const text = textOf(el.shadowRoot);
    expect(text).to.contain('About 39 of 100 were pain-free; about 61 still had pain (at 2 hours).');
    expect(text).to.contain('Who these numbers are about: Adults with migraine with aura in one trial (164 people)');
  });

  it('has a text alternative that gives both counts', async () => {
    const el = await iconArrayOf(39);
    const img = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(attributeText(img, 'aria-label')).to.equal(
      'Pain-free 2 hours after treating a migraine attack: a picture of 100 people. 39 filled in: were pain-free. 61 outlined: still had pain.',
    );
  });

  it('tells filled from outlined by shape, not colour: outlined icons have no fill', async () => {
    const el = await iconArrayOf(3);
    const on = el.shadowRoot!.querySelector('g.on circle')!;
    const off = el.shadowRoot!.querySelector('g.off circle')!;
    expect(getComputedStyle(off).fill).to.equal('none');
    expect(getComputedStyle(on).fill).to.not.equal('none');
  });

  it('shows a comparison with the same 100 icons', async () => {
    const el = await iconArrayOf(39, { label: 'with a sham treatment', count: 22 });
    const comparison = [...el.shadowRoot!.querySelectorAll('[data-kind="comparison"] g.icon')];
    expect(comparison).to.have.length(100);
    expect(comparison.filter((g) => g.classList.contains('on'))).to.have.length(22);
    expect(textOf(el.shadowRoot)).to.contain('For comparison, with a sham treatment');
    expect(textOf(el.shadowRoot)).to.contain('About 22 of 100 were pain-free; about 78 still had pain (at 2 hours).');
    expect(el.shadowRoot!.querySelectorAll('svg[role="img"]')).to.have.length(2);
  });

  it('rounds and clamps odd counts to whole icons', async () => {
    for (const [count, filled] of [
      [38.6, 39],
      [150, 100],
      [-4, 0],
      [Number.NaN, 0],
    ] as const) {
      const el = await iconArrayOf(count);
      expect(el.shadowRoot!.querySelectorAll('[data-kind="main"] g.on')).to.have.length(filled);
      expect(textOf(el.shadowRoot)).to.contain(`About ${filled} of 100`);
    }
  });

  it('shows a span the sources give: low filled, the span shaded, said as a range in words and in the text alternative', async () => {
    const el = await fixture<IconArray>(html`<tc-icon-array
      .count=${21}
      .range=${[21, 29]}
      label="Opioid misuse"
      event="misused their opioids"
      nonEvent="did not misuse them"
      timeFrame="while taking opioids"
    ></tc-icon-array>`);
    const icons = [...el.shadowRoot!.querySelectorAll('[data-kind="main"] g.icon')];
    const count = (state: string) => icons.filter((g) => g.classList.contains(state)).length;
    expect([count('on'), count('maybe'), count('off')]).to.deep.equal([21, 8, 71]);
    expect(icons.slice(21, 29).every((g) => g.classList.contains('maybe'))).to.equal(true);
    const text = textOf(el.shadowRoot);
    expect(text).to.contain(
      'Between 21 and 29 of 100 misused their opioids; between 71 and 79 did not misuse them (while taking opioids).',
    );
    expect(text).to.contain('Shaded: the studies give a range, and these fall inside it');
    expect(attributeText(el.shadowRoot!.querySelector('svg[role="img"]'), 'aria-label')).to.equal(
      'Opioid misuse: a picture of 100 people. 21 filled in and 8 shaded: between 21 and 29 misused their opioids. 71 outlined: did not misuse them.',
    );
    // Told apart by shape too: a dashed outline, unlike the filled and the outlined icons.
    const dashes = (state: string) => getComputedStyle(el.shadowRoot!.querySelector(`g.${state} path`)!).strokeDasharray;
    expect(dashes('maybe')).to.not.equal('none');
    expect([dashes('on'), dashes('off')]).to.deep.equal(['none', 'none']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps text from data as text', async () => {
    const el = await fixture<IconArray>(
      html`<tc-icon-array .count=${5} label="<img src=x onerror=alert(1)>" event="<b>x</b>" nonEvent="y"></tc-icon-array>`,
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(textOf(el.shadowRoot)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('speaks Spanish when given the Spanish messages', async () => {
    const el = await fixture<IconArray>(
      html`<tc-icon-array .count=${39} .messages=${journeySpanish} event="no tuvieron dolor" nonEvent="siguieron con dolor" timeFrame="a las 2 horas"></tc-icon-array>`,
    );
    expect(textOf(el.shadowRoot)).to.contain('Unas 39 de cada 100 no tuvieron dolor; unas 61 siguieron con dolor (a las 2 horas).');
    el.range = [21, 29];
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain(
      'Entre 21 y 29 de cada 100 no tuvieron dolor; entre 71 y 79 siguieron con dolor (a las 2 horas).',
    );
  });

  it('uses no style attributes and passes axe', async () => {
    const el = await iconArrayOf(39, { label: 'with a sham treatment', count: 22 });
    expect(styleAttributes(el.shadowRoot!)).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
