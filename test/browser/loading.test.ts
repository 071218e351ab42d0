import { expect, fixture, html } from '@open-wc/testing';
import type { DatasetErrorDetail, TreatmentCompare } from '../../src/index.js';
import { parts, recordEvents, settle, smallDataset, textOf, wait } from './helpers.js';

type FetchStub = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const realFetch = window.fetch;
function stubFetch(stub: FetchStub) {
  window.fetch = stub;
}

/** A response that arrives after `ms`, or rejects like a real fetch when aborted. */
function delayed(ms: number, make: () => Response, init?: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(make()), ms);
    init?.signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    });
  });
}

const json = (data: unknown) => new Response(JSON.stringify(data), { status: 200, headers: { 'content-type': 'application/json' } });

function titled(title: string) {
  const data = smallDataset();
  data.meta.title = title;
  return data;
}

async function until(check: () => boolean, ms = 2000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await wait(10);
  }
}

const title = (el: TreatmentCompare) => parts(el).root.querySelector('h2')?.textContent ?? null;

describe('loading a dataset from src', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('loads a real file by URL, showing a loading message first', async () => {
    // (.json.txt: the test server turns .json files into JavaScript modules.)
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/test/fixtures/small-dataset.json.txt"></treatment-compare>`);
    // The request is still on its way right after the first render.
    const loading = parts(el).loading;
    expect(textOf(loading)).to.equal('Loading the comparison…');
    expect(loading!.closest('[role="status"]')).to.exist;
    await until(() => title(el) === 'Small test comparison');
    await settle(el);
    expect(parts(el).loading).to.equal(null);
    expect(parts(el).grid.shadowRoot!.querySelectorAll('thead th[data-option]').length).to.equal(3);
  });

  it('ignores a late answer for an old src (and cancels the old request)', async () => {
    const signals: Record<string, AbortSignal | undefined> = {};
    stubFetch((input, init) => {
      const url = String(input);
      signals[url] = init?.signal ?? undefined;
      // The old one ignores cancellation on purpose and answers late.
      if (url.endsWith('old.json')) return delayed(150, () => json(titled('Old dataset')));
      return delayed(20, () => json(titled('New dataset')), init);
    });
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/old.json"></treatment-compare>`);
    el.src = '/new.json';
    await until(() => title(el) === 'New dataset');
    await wait(250);
    await settle(el);
    expect(title(el)).to.equal('New dataset');
    expect(signals['/old.json']!.aborted).to.equal(true);
    expect(parts(el).error).to.equal(null);
    expect(parts(el).loading).to.equal(null);
  });

  it('ignores a late answer when src changes to a slower one', async () => {
    stubFetch((input, init) => {
      const url = String(input);
      if (url.endsWith('a.json')) return delayed(20, () => json(titled('Dataset A')));
      return delayed(120, () => json(titled('Dataset B')), init);
    });
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/b.json"></treatment-compare>`);
    el.setAttribute('src', '/a.json');
    await until(() => title(el) === 'Dataset A');
    await wait(200);
    expect(title(el)).to.equal('Dataset A');
  });

  it('fires no user events when a dataset loads', async () => {
    stubFetch(() => Promise.resolve(json(titled('Loaded'))));
    const log = recordEvents(document, ['weights-change', 'ranking-change', 'dataset-error']);
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/x.json" weights="cost:9"></treatment-compare>`);
    await until(() => title(el) === 'Loaded');
    expect(log.events.length).to.equal(0);
  });

  const failures: [string, FetchStub, string][] = [
    [
      'a 404',
      () => Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' })),
      'The dataset at /data.json could not be loaded: the server answered 404 Not Found.',
    ],
    [
      'a network error',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'The dataset at /data.json could not be loaded: the network request failed.',
    ],
    ['invalid JSON', () => Promise.resolve(new Response('{"meta": nope', { status: 200 })), 'The dataset is not valid JSON'],
    [
      'an invalid dataset',
      () => Promise.resolve(json({ ...smallDataset(), options: [] })),
      'options: must have at least two options to compare',
    ],
    [
      'a response that says it is too large',
      () => Promise.resolve(new Response('{}', { status: 200, headers: { 'content-length': String(9_000_000) } })),
      'The dataset at /data.json is too large: at most 2,000,000 characters.',
    ],
    [
      'an endless response (read only up to the limit, then cancelled)',
      () =>
        Promise.resolve(
          new Response(new ReadableStream({ pull: (c) => c.enqueue(new TextEncoder().encode(' '.repeat(65_536))) }), { status: 200 }),
        ),
      'The dataset at /data.json is too large: at most 2,000,000 characters.',
    ],
  ];
  for (const [what, stub, message] of failures) {
    it(`shows a clear message and fires dataset-error for ${what}`, async () => {
      stubFetch(stub);
      const log = recordEvents(document, ['dataset-error']);
      const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/data.json"></treatment-compare>`);
      await until(() => parts(el).error !== null);
      await settle(el);
      const error = parts(el).error!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('This comparison could not be shown');
      expect(textOf(error)).to.contain(message);
      expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(parts(el).loading).to.equal(null);
      expect(log.events.length).to.equal(1);
      const detail = log.events[0].detail as DatasetErrorDetail;
      expect(detail.source).to.equal('src');
      expect(detail.errors.join(' ')).to.contain(message);
      expect(log.events[0].bubbles && log.events[0].composed).to.equal(true);
    });
  }

  it('shows a real 404 from the server', async () => {
    const log = recordEvents(document, ['dataset-error']);
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/test/fixtures/does-not-exist.json"></treatment-compare>`);
    await until(() => parts(el).error !== null);
    expect(textOf(parts(el).error)).to.contain('the server answered 404');
    expect(log.events.length).to.equal(1);
  });

  it('gives up after the timeout', async () => {
    stubFetch((_input, init) => delayed(60_000, () => json(smallDataset()), init));
    const log = recordEvents(document, ['dataset-error']);
    const el = await fixture<TreatmentCompare>(html`<treatment-compare fetch-timeout="80" src="/slow.json"></treatment-compare>`);
    await until(() => parts(el).error !== null);
    expect(textOf(parts(el).error)).to.contain('The dataset at /slow.json took longer than 0.1 seconds to load.');
    expect(log.events.length).to.equal(1);
  });

  it('keeps the last good dataset when a new src fails', async () => {
    stubFetch((input) =>
      String(input).endsWith('good.json')
        ? Promise.resolve(json(titled('Good one')))
        : Promise.resolve(new Response('', { status: 500, statusText: 'Server Error' })),
    );
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/good.json"></treatment-compare>`);
    await until(() => title(el) === 'Good one');
    el.src = '/bad.json';
    await until(() => parts(el).error !== null);
    await settle(el);
    expect(title(el)).to.equal('Good one');
    expect(textOf(parts(el).error)).to.contain('answered 500 Server Error');
    expect(textOf(parts(el).error)).to.contain('You are still seeing the information that was loaded before.');
  });

  it('goes back to the built-in dataset when src is removed, and a dataset property wins over src', async () => {
    stubFetch(() => Promise.resolve(json(titled('From src'))));
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="/x.json"></treatment-compare>`);
    await until(() => title(el) === 'From src');
    el.removeAttribute('src');
    await settle(el);
    expect(title(el)).to.equal('Treatment choices for chronic pain');
    el.dataset = titled('From property');
    el.src = '/x.json';
    await settle(el);
    await wait(30);
    expect(title(el)).to.equal('From property');
  });

  it('takes a src of only spaces as no src: the built-in dataset, and no request for the page itself (#14 item 11)', async () => {
    const requested: string[] = [];
    stubFetch((input) => {
      requested.push(String(input));
      return Promise.resolve(json(titled('The page itself')));
    });
    const el = await fixture<TreatmentCompare>(html`<treatment-compare src="   "></treatment-compare>`);
    await settle(el);
    await wait(30);
    expect(title(el)).to.equal('Treatment choices for chronic pain');
    expect(requested.filter((url) => !/treatment-compare\.|-depth|dataset/.test(url))).to.deep.equal([]);
  });
});
