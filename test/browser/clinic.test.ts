import { expect, fixture } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Clinic, DatasetErrorDetail, TreatmentCompare } from '../../src/index.js';
import type { ClinicFacts } from '../../src/components/clinic-facts/clinic-facts.js';
import { parseClinicJson } from '../../src/model/index.js';
import { axeViolations, parts, recordEvents, settle, textOf, wait } from './helpers.js';

const NAMES = ['weights-change', 'ranking-change', 'dataset-error'];
const OPTION_IDS = ['tms', 'medication', 'physical-therapy', 'lifestyle', 'current-care'];
const DISCLOSURE =
  'Conflict of interest: Lakeside Pain Clinic provides TMS (magnetic brain stimulation) and physical therapy (exercise) and is paid when patients choose them.';
const PROVENANCE = 'From Lakeside Pain Clinic, checked November 1, 2026 — not part of the cited evidence.';

const lakeside = (): Clinic => ({
  name: 'Lakeside Pain Clinic',
  provides: ['tms', 'physical-therapy'],
  facts: {
    tms: { price: 'About $300 a session (example)', wait: 'About 2 weeks', offeredHere: true },
    'physical-therapy': { price: 'About $90 a visit (example)', insurance: 'Most plans cover some visits', offeredHere: true },
  },
  contact: { label: 'Book a visit', url: 'https://lakeside.example/book' },
  checked: '2026-11-01',
});

/** A widget with the built-in dataset, a clinic property and/or an inline JSON child. */
async function clinicWidget(init: { clinic?: unknown; child?: string; attrs?: Record<string, string> } = {}): Promise<TreatmentCompare> {
  const el = document.createElement('treatment-compare');
  for (const [name, value] of Object.entries(init.attrs ?? {})) el.setAttribute(name, value);
  if (init.child !== undefined) el.append(jsonChild(init.child));
  if (init.clinic !== undefined) el.clinic = init.clinic as Clinic;
  el.announceDelay = 50;
  return settle(await fixture<TreatmentCompare>(el));
}

function jsonChild(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/** Lets the MutationObserver run, then waits for the render. */
async function afterMutation(el: TreatmentCompare) {
  await wait(0);
  return settle(el);
}

function clinicParts(el: TreatmentCompare) {
  const root = parts(el).root;
  const facts = root.querySelector('tc-clinic-facts') as ClinicFacts | null;
  return {
    disclosure: root.querySelector<HTMLElement>('.tc-disclosure'),
    section: root.querySelector<HTMLElement>('[part="clinic"]'),
    facts,
    factsRoot: facts?.shadowRoot ?? null,
    error: root.querySelector<HTMLElement>('[part="clinic-error"]'),
  };
}

function visible(el: Element | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/** The evidence still shows: the grid's table has every option of the built-in dataset. */
function expectEvidence(el: TreatmentCompare) {
  const heads = [...parts(el).grid.shadowRoot!.querySelectorAll('thead th[data-option]')];
  expect(heads.map((th) => th.getAttribute('data-option'))).to.deep.equal(OPTION_IDS);
  expect(parts(el).error, 'no dataset error').to.equal(null);
}

/** Every element of the widget, through its shadow roots. */
function allElements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of node.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

describe('clinic configuration', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows a clinic given by property: facts in their own section after the grid, labelled and dated', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await clinicWidget({ clinic: lakeside() });
    const { section, factsRoot } = clinicParts(el);
    expect(section).to.exist;
    // Directly after the option grid's section, and not inside the grid.
    const gridSection = parts(el).grid.closest('section')!;
    expect(gridSection.nextElementSibling).to.equal(section);
    expect(parts(el).grid.contains(section)).to.equal(false);
    expect(textOf(section!.querySelector('h3'))).to.equal('Information from Lakeside Pain Clinic');
    const table = factsRoot!.querySelector('table[part="clinic-table"]')!;
    expect(visible(table)).to.equal(true);
    expect(textOf(table.querySelector('caption'))).to.equal(PROVENANCE);
    // One column per option, in the dataset's order; only rows that have a value.
    expect([...table.querySelectorAll('thead th[data-option]')].map((th) => th.getAttribute('data-option'))).to.deep.equal(OPTION_IDS);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-fact'))).to.deep.equal([
      'price',
      'wait',
      'insurance',
      'offeredHere',
    ]);
    expect(textOf(table.querySelector('tr[data-fact="price"] td[data-option="tms"]'))).to.equal('About $300 a session (example)');
    expect(textOf(table.querySelector('tr[data-fact="offeredHere"] td[data-option="tms"]'))).to.equal('Yes');
    expect(textOf(table.querySelector('tr[data-fact="price"] td[data-option="medication"]'))).to.equal('Not given');
    // The clinic's words never reach the cited evidence cells.
    const gridText = textOf(parts(el).grid.shadowRoot);
    expect(gridText).not.to.contain('$300');
    expect(gridText).not.to.contain('Lakeside');
    // The contact link: http(s) only, a new tab without a handle on the page.
    const link = factsRoot!.querySelector<HTMLAnchorElement>('a[part="clinic-contact"]')!;
    expect(link.getAttribute('href')).to.equal('https://lakeside.example/book');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(textOf(link)).to.contain('Book a visit');
  });

  it('shows a clinic given as an inline JSON child, and follows changes to it', async () => {
    const el = await clinicWidget({ child: JSON.stringify(lakeside()) });
    expect(textOf(clinicParts(el).disclosure)).to.equal(DISCLOSURE);
    expect(textOf(clinicParts(el).factsRoot)).to.contain(PROVENANCE);

    const changed = { ...lakeside(), name: 'Hillside Clinic', provides: ['tms'] };
    el.querySelector('script')!.textContent = JSON.stringify(changed);
    await afterMutation(el);
    expect(textOf(clinicParts(el).disclosure)).to.equal(
      'Conflict of interest: Hillside Clinic provides TMS (magnetic brain stimulation) and is paid when patients choose it.',
    );
    expect(textOf(clinicParts(el).section!.querySelector('h3'))).to.equal('Information from Hillside Clinic');

    el.querySelector('script')!.remove();
    await afterMutation(el);
    expect(clinicParts(el).disclosure).to.equal(null);
    expect(clinicParts(el).section).to.equal(null);

    // A child added after the element was connected is picked up too.
    el.append(jsonChild(JSON.stringify(lakeside())));
    await afterMutation(el);
    expect(textOf(clinicParts(el).disclosure)).to.equal(DISCLOSURE);
  });

  it('lets the clinic property win over the JSON child (and falls back to the child when it is null)', async () => {
    const child = { ...lakeside(), name: 'Child Clinic' };
    const el = await clinicWidget({ child: JSON.stringify(child), clinic: lakeside() });
    expect(textOf(clinicParts(el).disclosure)).to.contain('Lakeside Pain Clinic provides');
    expect(textOf(parts(el).root)).not.to.contain('Child Clinic');
    el.clinic = null;
    await settle(el);
    expect(textOf(clinicParts(el).disclosure)).to.contain('Child Clinic provides');
    // A broken child is ignored while the property is set.
    el.querySelector('script')!.textContent = '{ broken';
    el.clinic = lakeside();
    await afterMutation(el);
    expect(clinicParts(el).error).to.equal(null);
    expect(textOf(clinicParts(el).disclosure)).to.contain('Lakeside Pain Clinic provides');
  });

  it('shows the disclosure near the top, with the option labels, as a named note without a part', async () => {
    const el = await clinicWidget({ clinic: lakeside() });
    const { disclosure } = clinicParts(el);
    expect(textOf(disclosure)).to.equal(DISCLOSURE);
    expect(disclosure!.getAttribute('role')).to.equal('note');
    const nameId = disclosure!.getAttribute('aria-labelledby')!;
    expect(textOf(parts(el).root.getElementById(nameId))).to.equal('Conflict of interest:');
    // Right after the decision (title, question, "not a recommendation").
    expect(disclosure!.previousElementSibling).to.equal(parts(el).root.querySelector('[part="decision"]'));
    // Nothing in it, and nothing around it but the whole widget, carries a part.
    expect(disclosure!.hasAttribute('part')).to.equal(false);
    expect(disclosure!.querySelector('[part]')).to.equal(null);
    expect(disclosure!.parentElement!.getAttribute('part')).to.equal('base');
  });

  it('keeps the disclosure visible when the page hides every part and makes every --tc-* property transparent', async () => {
    const el = await clinicWidget({ clinic: lakeside() });
    // Every part name the widget renders or exports, plus the documented ones.
    const names = new Set([
      'base',
      'decision',
      'not-advice',
      'review-warning',
      'loading',
      'error',
      'condition-select',
      'grid',
      'options-key',
      'cell',
      'more',
      'cell-detail',
      'mini-result',
      'waiting',
      'next-steps',
      'priorities',
      'slider',
      'slider-input',
      'reset',
      'results',
      'chart',
      'legend',
      'table',
      'chart-empty',
      'how-sure',
      'about',
      'citations',
      'live',
      'clinic',
      'clinic-facts',
      'clinic-table',
      'clinic-list',
      'clinic-contact',
      'clinic-error',
    ]);
    for (const node of allElements(parts(el).root)) {
      for (const name of (node.getAttribute('part') ?? '').split(/\s+/)) if (name) names.add(name);
      for (const name of (node.getAttribute('exportparts') ?? '').split(/[\s,]+/)) if (name) names.add(name.split(':').pop()!);
    }
    const tokens = [
      'accent',
      'on-accent',
      'radius',
      'gap',
      'surface',
      'border',
      'muted',
      'focus',
      'warning',
      'link',
      'target-size',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `series-${n}`),
    ];
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      ${[...names].map((n) => `treatment-compare::part(${n})`).join(',\n')} {
        display: none !important; visibility: hidden !important; opacity: 0 !important;
        color: transparent !important; font-size: 0 !important;
      }
      :root, treatment-compare { ${tokens.map((t) => `--tc-${t}: transparent !important;`).join(' ')} }
      treatment-compare { color: transparent; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      await settle(el);
      const { disclosure } = clinicParts(el);
      expect(visible(parts(el).root.querySelector('[part="decision"]')), 'the page did hide the parts').to.equal(false);
      expect(visible(disclosure), 'the disclosure is still on screen').to.equal(true);
      const style = getComputedStyle(disclosure!);
      const text = getComputedStyle(disclosure!.querySelector('span')!);
      for (const colour of [style.color, text.color, style.backgroundColor, style.borderTopColor, text.webkitTextFillColor]) {
        expect(colour, 'a fixed, opaque colour').to.match(/^rgb\(/);
      }
      expect(style.color).not.to.equal(style.backgroundColor);
      expect(parseFloat(text.fontSize)).to.be.at.least(12);
      expect(disclosure!.getBoundingClientRect().height).to.be.at.least(16);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('keeps the disclosure for an option the embedder chose not to show', async () => {
    const el = await clinicWidget({ clinic: lakeside(), attrs: { options: 'medication,lifestyle' } });
    expect(textOf(clinicParts(el).disclosure)).to.equal(DISCLOSURE);
    // No shown option has a fact: no table, but the dated provenance and the contact link remain.
    const { factsRoot } = clinicParts(el);
    expect(factsRoot!.querySelector('table')).to.equal(null);
    expect(textOf(factsRoot)).to.contain(PROVENANCE);
    expect(factsRoot!.querySelector('a[part="clinic-contact"]')).to.exist;
    // The facts follow the options shown, in the dataset's order.
    el.options = 'lifestyle,tms';
    await settle(el);
    const heads = [...clinicParts(el).factsRoot!.querySelectorAll('thead th[data-option]')];
    expect(heads.map((th) => th.getAttribute('data-option'))).to.deep.equal(['tms', 'lifestyle']);
  });

  it('shows no disclosure when the clinic provides nothing, but still shows its facts apart', async () => {
    const el = await clinicWidget({ clinic: { ...lakeside(), provides: [] } });
    expect(clinicParts(el).disclosure).to.equal(null);
    expect(textOf(clinicParts(el).factsRoot)).to.contain(PROVENANCE);
  });

  it('stacks the facts as a list in a narrow container', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await clinicWidget({ clinic: lakeside() });
    const { factsRoot } = clinicParts(el);
    expect(visible(factsRoot!.querySelector('table'))).to.equal(false);
    const list = factsRoot!.querySelector('[part="clinic-list"]')!;
    expect(visible(list)).to.equal(true);
    expect([...list.querySelectorAll('li')].map((li) => li.getAttribute('data-option'))).to.deep.equal(OPTION_IDS);
    expect(textOf(list.parentElement!.querySelector('.provenance'))).to.equal(PROVENANCE);
    for (const node of [list, clinicParts(el).disclosure!]) {
      const box = node.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
    }
  });

  describe('invalid configuration', () => {
    const cases: { name: string; init: { clinic?: unknown; child?: string }; message: string }[] = [
      {
        name: 'a javascript: contact link (property)',
        init: { clinic: { ...lakeside(), contact: { label: 'Book', url: 'javascript:window.__pwned=1' } } },
        message: 'contact.url: expected a link starting with http:// or https://',
      },
      {
        name: 'a data: contact link (JSON child)',
        init: {
          child: JSON.stringify({ ...lakeside(), contact: { label: 'Book', url: 'data:text/html,<script>window.__pwned=1</script>' } }),
        },
        message: 'contact.url: expected a link starting with http:// or https://',
      },
      {
        name: 'an unknown option id',
        init: { child: JSON.stringify({ ...lakeside(), provides: ['surgery'] }) },
        message: 'provides[0]: no option has the id "surgery"',
      },
      {
        name: 'malformed JSON in the child script',
        init: { child: '{ "name": "Lakeside Pain Clinic", ' },
        message: 'The clinic configuration is not valid JSON',
      },
    ];
    for (const { name, init, message } of cases) {
      it(`shows the problems, fires dataset-error with source "clinic" and keeps the evidence: ${name}`, async () => {
        const log = recordEvents(document, NAMES);
        const el = await clinicWidget(init);
        const errors = log.of('dataset-error') as CustomEvent<DatasetErrorDetail>[];
        expect(errors.length).to.equal(1);
        expect(errors[0].detail.source).to.equal('clinic');
        expect(
          errors[0].detail.errors.some((e) => e.startsWith(message)),
          errors[0].detail.errors.join('; '),
        ).to.equal(true);
        expect(errors[0].bubbles && errors[0].composed).to.equal(true);
        const { error, disclosure, section } = clinicParts(el);
        expect(visible(error)).to.equal(true);
        expect(textOf(error)).to.contain(message);
        expect(textOf(error)).to.contain('The clinic’s own information could not be shown');
        expect(disclosure).to.equal(null);
        expect(section).to.equal(null);
        expectEvidence(el);
        expect(parts(el).sliders).to.exist;
        expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      });
    }

    it('recovers when a valid clinic replaces an invalid one', async () => {
      const el = await clinicWidget({ clinic: { ...lakeside(), checked: 'last week' } });
      expect(textOf(clinicParts(el).error)).to.contain('checked: expected a date written as YYYY-MM-DD');
      el.clinic = lakeside();
      await settle(el);
      expect(clinicParts(el).error).to.equal(null);
      expect(textOf(clinicParts(el).disclosure)).to.equal(DISCLOSURE);
    });
  });

  it('shows markup in clinic text as text: no element is created and no script runs', async () => {
    const bad = '<img src=x onerror="window.__pwned=1">';
    const clinic = {
      ...lakeside(),
      name: `${bad} Lakeside Pain Clinic`,
      facts: { tms: { price: `${bad} About $300`, note: '<script>window.__pwned=1</script>' } },
      contact: { label: `${bad} Book`, url: 'https://lakeside.example/book' },
    };
    for (const init of [{ clinic }, { child: JSON.stringify(clinic) }]) {
      const el = await clinicWidget(init);
      await wait(50);
      const all = allElements(parts(el).root);
      expect(
        all.filter((n) => n.localName === 'img'),
        'no img element',
      ).to.deep.equal([]);
      expect(
        all.filter((n) => n.localName === 'script'),
        'no script element',
      ).to.deep.equal([]);
      expect(textOf(clinicParts(el).disclosure)).to.contain(`${bad} Lakeside Pain Clinic provides`);
      expect(textOf(clinicParts(el).factsRoot)).to.contain(`${bad} About $300`);
      expect(textOf(clinicParts(el).factsRoot)).to.contain('<script>window.__pwned=1</script>');
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    }
  });

  it('a right-to-left override in the clinic name cannot turn the disclosure around (#14 item 6)', async () => {
    const el = await clinicWidget({ clinic: { ...lakeside(), name: 'Lakeside Pain Clinic\u202e' } });
    const text = clinicParts(el).disclosure!.textContent ?? '';
    expect(text).to.not.match(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).to.contain('Lakeside Pain Clinic provides');
    expect(text).to.contain('is paid when patients choose');
  });

  it('has no axe violations with a clinic, wide and narrow', async () => {
    await setViewport({ width: 1280, height: 900 });
    let el = await clinicWidget({ clinic: lakeside() });
    expect(await axeViolations(el)).to.deep.equal([]);
    await setViewport({ width: 320, height: 800 });
    el = await clinicWidget({ clinic: lakeside() });
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no axe violations when showing a clinic error', async () => {
    const el = await clinicWidget({ child: '{ nope' });
    expect(clinicParts(el).error).to.exist;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('the clinic demo page carries a valid configuration with example prices', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/demo/clinic.html')).text(), 'text/html');
    const script = page.querySelector('treatment-compare > script[type="application/json"]')!;
    const result = parseClinicJson(script.textContent ?? '', OPTION_IDS);
    expect(result.ok, result.ok ? '' : result.errors.join('; ')).to.equal(true);
    if (!result.ok) return;
    expect(result.clinic.name).to.equal('Lakeside Pain Clinic');
    expect(result.clinic.provides).to.deep.equal(['tms', 'physical-therapy']);
    for (const facts of Object.values(result.clinic.facts ?? {})) if (facts.price) expect(facts.price).to.match(/^Example:/);
  });

  it('fires no user events when code sets the clinic or changes the JSON child, and sends no request', async () => {
    const realFetch = window.fetch;
    let requests = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      requests++;
      return realFetch(...args);
    };
    try {
      const el = await clinicWidget();
      const log = recordEvents(document, NAMES);
      el.clinic = lakeside();
      await settle(el);
      el.clinic = { ...lakeside(), provides: ['tms'] };
      await settle(el);
      el.clinic = null;
      await settle(el);
      el.append(jsonChild(JSON.stringify(lakeside())));
      await afterMutation(el);
      el.querySelector('script')!.textContent = JSON.stringify({ ...lakeside(), name: 'Other' });
      await afterMutation(el);
      await wait(100);
      expect(log.events.map((e) => e.type)).to.deep.equal([]);
      expect(textOf(clinicParts(el).disclosure)).to.contain('Other provides');
      // An invalid one: only dataset-error.
      el.clinic = { ...lakeside(), provides: ['nope'] };
      await settle(el);
      expect(log.events.map((e) => e.type)).to.deep.equal(['dataset-error']);
      expect(requests).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });
});
