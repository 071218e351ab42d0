/** The setup page's pure logic (demo/setup/): form state -> attributes and clinic JSON, snippets, pasted snippets, issue paths. */
import { describe, expect, it } from 'vitest';
import { checkFileText } from '../../src/check-report.js';
import { validateClinic } from '../../src/model/clinic.js';
import { apiTables, codeRuns, findElement } from '../../demo/setup/api-rows.js';
import { catalog } from '../../demo/setup/catalog.js';
import { fieldName, stateFromFields } from '../../demo/setup/form-data.js';
import { fieldIssue, plainMessage } from '../../demo/setup/issue-fields.js';
import { buildSnippet, cdnFile, escapeAttribute, safeJson } from '../../demo/setup/snippet.js';
import { stateFromSnippet } from '../../demo/setup/snippet-state.js';
import { defaultState, settingsProblems, toAttributes, toClinic, type SetupState } from '../../demo/setup/state.js';

const optionIds = catalog.options.map((o) => o.id);
const HASHES = {
  'treatment-compare.js': 'sha384-module',
  'treatment-compare.iife.js': 'sha384-classic',
  'treatment-compare.all.js': 'sha384-all',
  'treatment-compare.all.iife.js': 'sha384-alliife',
  'treatment-compare.en-depth.js': 'sha384-endepth',
  'treatment-compare.counselor.js': 'sha384-counselor',
};

function lakeside(): SetupState {
  const state = defaultState(catalog);
  state.condition = 'migraine';
  state.options = ['tms', 'physical-therapy', 'current-care'];
  state.setWeights = true;
  state.weights.cost = 8;
  state.clinic.name = 'Lakeside Pain Clinic';
  state.clinic.provides = ['tms'];
  state.clinic.facts.tms = { price: '$250 a session', wait: 'About 2 weeks', insurance: '', note: '', offeredHere: 'yes' };
  state.clinic.contactLabel = 'Book a visit';
  state.clinic.contactUrl = 'https://lakeside.example/book';
  state.clinic.checked = '2026-11-01';
  return state;
}

describe('form state -> attributes and clinic configuration', () => {
  it('leaves out defaults: an untouched form gives a bare element and no clinic block', () => {
    const state = defaultState(catalog);
    expect(toAttributes(state, catalog)).toEqual([]);
    expect(toClinic(state.clinic, catalog)).toBeUndefined();
    expect(settingsProblems(state)).toEqual([]);
  });

  it("uses the element's attribute names and the clinic schema's keys, and the result is valid", () => {
    const state = lakeside();
    expect(toAttributes(state, catalog)).toEqual([
      ['condition', 'migraine'],
      ['options', 'tms,physical-therapy,current-care'],
      ['weights', 'invasiveness:5,side-effects:5,cost:8,availability:5,effectiveness:5,time-commitment:5,time-to-relief:5'],
    ]);
    const clinic = toClinic(state.clinic, catalog);
    expect(clinic).toEqual({
      name: 'Lakeside Pain Clinic',
      provides: ['tms'],
      facts: { tms: { price: '$250 a session', wait: 'About 2 weeks', offeredHere: true } },
      contact: { label: 'Book a visit', url: 'https://lakeside.example/book' },
      checked: '2026-11-01',
    });
    expect(validateClinic(clinic, optionIds).ok).toBe(true);
  });

  it('asks for at least one option', () => {
    expect(settingsProblems({ ...defaultState(catalog), options: [] })).toEqual([
      { field: 'options', message: 'Choose at least one option to show.' },
    ]);
  });

  it('reads the form fields (FormData) back into the same state', () => {
    const state = lakeside();
    const fields = new FormData();
    fields.set('condition', 'migraine');
    fields.set('mode', 'patient');
    fields.set('lang', '');
    for (const id of state.options) fields.append('options', id);
    fields.set('set-weights', 'on');
    for (const [id, value] of Object.entries(state.weights)) fields.set(fieldName.weight(id), String(value));
    fields.set('clinic-name', 'Lakeside Pain Clinic');
    fields.append('provides', 'tms');
    fields.append('provides', 'surgery'); // not an option: dropped
    fields.set(fieldName.fact('tms', 'price'), '$250 a session');
    fields.set(fieldName.fact('tms', 'wait'), 'About 2 weeks');
    fields.set(fieldName.fact('tms', 'offeredHere'), 'yes');
    fields.set('contact-label', 'Book a visit');
    fields.set('contact-url', 'https://lakeside.example/book');
    fields.set('checked', '2026-11-01');
    expect(stateFromFields(fields, catalog)).toEqual(state);
  });

  it('keeps priorities within 0-10 whole numbers', () => {
    const fields = new FormData();
    fields.set(fieldName.weight('cost'), '14');
    fields.set(fieldName.weight('availability'), '-2');
    fields.set(fieldName.weight('effectiveness'), 'abc');
    fields.set(fieldName.weight('invasiveness'), '2.6');
    const { weights } = stateFromFields(fields, catalog);
    expect([weights.cost, weights.availability, weights.effectiveness, weights.invasiveness]).toEqual([10, 0, 5, 3]);
  });
});

describe('validator issue paths -> form fields', () => {
  it.each([
    ['contact.url: expected a link starting with http:// or https://', 'contact-url', 'Expected a link starting with http:// or https://.'],
    [
      'checked: is in the future: give the day you last checked these facts',
      'checked',
      'This is in the future: give the day you last checked these facts.',
    ],
    ['name: is missing', 'clinic-name', 'This is missing.'],
    ['name.es: is too long: at most 200 characters, got 250', 'clinic-name', 'This is too long: at most 200 characters, got 250.'],
    ['provides[1]: no option has the id "surgery"', 'provides', 'No option has the id "surgery".'],
    [
      'facts.tms.price: is too long: at most 200 characters, got 300',
      'fact-tms-price',
      'This is too long: at most 200 characters, got 300.',
    ],
    ['facts.tms.offeredHere: expected true or false, got "yes"', 'fact-tms-offeredHere', 'Expected true or false, got "yes".'],
    ['facts.acupuncture: no option has the id "acupuncture"', 'provides', 'No option has the id "acupuncture".'],
    ['contact.label: is missing', 'contact-label', 'This is missing.'],
  ])('%s', (error, field, message) => {
    expect(fieldIssue(error)).toEqual({ field, message });
  });

  it('keeps a problem with no place as it is, for the list under the form', () => {
    const error = 'The clinic configuration is too large: at most 200000 characters, got 300000.';
    expect(fieldIssue(error)).toEqual({ message: error });
  });

  it("maps every issue the real validator gives for the form's own output", () => {
    const state = lakeside();
    state.clinic.contactUrl = 'javascript:alert(1)';
    state.clinic.checked = '2999-01-01';
    state.clinic.name = '';
    const result = validateClinic(toClinic(state.clinic, catalog), optionIds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => fieldIssue(e).field)).toEqual(['clinic-name', 'contact-url', 'checked']);
  });

  it('ends every message with a full stop once', () => {
    expect(plainMessage('is missing.')).toBe('This is missing.');
  });
});

describe('the snippet', () => {
  const input = (state = lakeside()) => ({
    version: '0.1.0',
    attributes: toAttributes(state, catalog),
    clinic: toClinic(state.clinic, catalog),
    integrity: HASHES,
  });

  it('pins the CDN module to the version with integrity and crossorigin, then the element with the clinic block', () => {
    const snippet = buildSnippet('html', input());
    expect(snippet.ok).toBe(true);
    if (!snippet.ok) return;
    const lines = snippet.text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '<script type="importmap">',
      '{ "integrity": {',
      '    "https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.counselor.js": "sha384-counselor",',
      '    "https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.en-depth.js": "sha384-endepth" } }',
      '</script>',
      '<script type="module" src="https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.js"',
      '        integrity="sha384-module" crossorigin="anonymous"></script>',
    ]);
    expect(lines[7]).toBe(
      '<treatment-compare condition="migraine" options="tms,physical-therapy,current-care" weights="invasiveness:5,side-effects:5,cost:8,availability:5,effectiveness:5,time-commitment:5,time-to-relief:5">',
    );
    expect(lines).toContain('      "provides": ["tms"],');
    expect(JSON.parse(snippet.importMap!)).toEqual({
      integrity: {
        'https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.counselor.js': 'sha384-counselor',
        'https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.en-depth.js': 'sha384-endepth',
      },
    });
    expect(snippet.text).toContain(`<script type="importmap">${snippet.importMap}</script>`);
    const json = /<script type="application\/json">([\s\S]*)<\/script>/.exec(snippet.text)![1];
    expect(JSON.parse(json)).toEqual(input().clinic);
  });

  it('uses the classic script for pages that cannot run modules, and the all-in-one file for Spanish', () => {
    const classic = buildSnippet('classic', input());
    expect(
      classic.ok &&
        classic.text.includes('\n<script src="https://cdn.jsdelivr.net/npm/treatment-compare@0.1.0/dist/cdn/treatment-compare.iife.js"'),
    ).toBe(true);
    expect(classic.ok && classic.text).toContain('integrity="sha384-classic" crossorigin="anonymous"');
    expect(classic.ok && classic.text).toContain('"sha384-endepth"'); // a classic script's import() goes through the import map too
    const spanish = buildSnippet('html', input({ ...lakeside(), lang: 'es' }));
    expect(spanish.ok && spanish.file).toBe('treatment-compare.all.js');
    expect(spanish.ok && (spanish.importMap ?? spanish.text.includes('importmap'))).toBe(false); // it loads nothing more
    expect([cdnFile('html', 'es'), cdnFile('classic', 'es'), cdnFile('html', '')]).toEqual([
      'treatment-compare.all.js',
      'treatment-compare.all.iife.js',
      'treatment-compare.js',
    ]);
  });

  it('shows no script tag, and says why, when the build has not written the hashes', () => {
    const snippet = buildSnippet('html', { ...input(), integrity: undefined });
    expect(snippet.ok).toBe(false);
    if (!snippet.ok) expect(snippet.reason).toMatch(/npm run build/);
    expect(buildSnippet('react', { ...input(), integrity: undefined }).ok).toBe(true);
  });

  it('React and Vue: the npm package at the version, attributes, and the clinic as a property', () => {
    const react = buildSnippet('react', input());
    const vue = buildSnippet('vue', input());
    expect(react.ok && react.text).toContain('npm install treatment-compare@0.1.0');
    expect(react.ok && react.text).toContain('<treatment-compare condition="migraine" options="tms,physical-therapy,current-care"');
    expect(react.ok && react.text).toContain(' clinic={clinic} />');
    expect(vue.ok && vue.text).toContain(':clinic.prop="clinic" />');
    expect(vue.ok && vue.text).toContain("isCustomElement: (tag) => tag === 'treatment-compare'");
  });

  it('no text typed into the form can end the script block or an attribute', () => {
    const state = lakeside();
    state.clinic.name = '</script><script>alert(1)</script><!--';
    const snippet = buildSnippet('html', input(state));
    expect(snippet.ok && snippet.text.match(/<\/script>/g)?.length).toBe(3); // the import map, the script and the clinic block
    expect(safeJson({ a: '\u2028<' }, '')).toBe('{\n  "a": "\\u2028\\u003c"\n}');
    expect(escapeAttribute('a"b<c&d')).toBe('a&quot;b&lt;c&amp;d');
    const vue = buildSnippet('vue', input(state));
    expect(vue.ok && vue.text.match(/<\/script>/g)?.length).toBe(1);
  });
});

describe('a pasted snippet -> the form', () => {
  it('round-trips: the snippet built from a state loads back into that state', () => {
    const state = lakeside();
    state.lang = 'es';
    state.mode = 'counselor';
    state.persist = true;
    const attributes = toAttributes(state, catalog);
    const clinic = toClinic(state.clinic, catalog);
    const snippet = buildSnippet('html', { version: '0.1.0', attributes, clinic, integrity: HASHES });
    const json = snippet.ok ? /<script type="application\/json">([\s\S]*)<\/script>/.exec(snippet.text)![1] : '';
    expect(stateFromSnippet({ attributes, clinicText: json }, catalog)).toEqual({ state, notes: [] });
  });

  it('loads what it can and says what it left out', () => {
    const loaded = stateFromSnippet(
      {
        attributes: [
          ['options', 'TMS, surgery'],
          ['weights', 'cost:12,beauty:3'],
          ['src', 'https://example.org/data.json'],
        ],
        clinicText: JSON.stringify({
          name: { en: 'Lakeside', es: 'Lago' },
          provides: ['tms', 'surgery'],
          facts: { acupuncture: { price: '$5' } },
        }),
      },
      catalog,
    );
    expect(loaded.state.options).toEqual(['tms']);
    expect(loaded.state.weights.cost).toBe(10);
    expect(loaded.state.clinic.name).toBe('Lakeside');
    expect(loaded.state.clinic.provides).toEqual(['tms']);
    expect(loaded.notes).toEqual([
      'options: no option has the id "surgery"; it was left out.',
      'weights: no question has the id "beauty"; it was left out.',
      'src="https://example.org/data.json": the form does not set this, so it was left out.',
      'name: the form holds one language, so only the English text was loaded.',
      'provides: no option has the id "surgery"; it was left out.',
      'facts.acupuncture: no option has this id; these facts were left out.',
    ]);
  });

  it('says so when the clinic block is not valid JSON', () => {
    expect(stateFromSnippet({ attributes: [], clinicText: '{name:' }, catalog).notes[0]).toMatch(
      /^The clinic configuration is not valid JSON/,
    );
  });
});

describe('a dropped file is checked with the CLI lines', () => {
  it('a bad dataset', () => {
    const { lines, failed } = checkFileText('mine.json', JSON.stringify({ meta: {} }), optionIds);
    expect(failed).toBe(true);
    expect(lines[0]).toMatch(/^mine\.json: \d+ problems in this dataset$/);
    expect(lines).toContain('  meta.title: is missing');
  });

  it('a clinic file, against the options', () => {
    const { lines } = checkFileText('clinic.json', JSON.stringify({ name: 'A', provides: ['surgery'], checked: '2026-01-01' }), optionIds);
    expect(lines).toEqual(['clinic.json: 1 problem in this clinic configuration', '  provides[0]: no option has the id "surgery"']);
  });
});

describe('API reference from custom-elements.json', () => {
  it('reads the attributes, properties, events, parts and custom properties of the element', () => {
    const manifest = {
      modules: [
        {
          declarations: [
            {
              tagName: 'treatment-compare',
              attributes: [{ name: 'mode', fieldName: 'mode', type: { text: 'string' }, default: "'patient'", description: 'Who.' }],
              members: [
                { kind: 'field', name: 'clinic', description: 'Facts.' },
                { kind: 'field', name: 'hidden', privacy: 'private' },
                { kind: 'method', name: 'render' },
              ],
              events: [{ name: 'weights-change', type: { text: 'WeightsChangeDetail' }, description: 'When.' }],
              cssParts: [{ name: 'base', description: 'All.' }],
              cssProperties: [{ name: '--tc-accent', default: '#1d5fa6', description: 'Accent.' }],
            },
          ],
        },
      ],
    };
    const tables = apiTables(findElement(manifest, 'treatment-compare')!);
    expect(tables.map((t) => [t.title, t.rows])).toEqual([
      ['Attributes', [['mode', 'mode', 'string', "'patient'", 'Who.']]],
      ['Properties', [['clinic', '', '', 'Facts.']]],
      ['Events', [['weights-change', 'WeightsChangeDetail', 'When.']]],
      ['CSS parts', [['base', 'All.']]],
      ['CSS custom properties', [['--tc-accent', '#1d5fa6', 'Accent.']]],
    ]);
    expect(findElement({ modules: 'junk' }, 'treatment-compare')).toBeUndefined();
  });

  it('shows the backtick-marked names in a description as code, and an unpaired backtick as text', () => {
    expect(codeRuns('Set `persist="url"` to keep `weights` in the link.')).toEqual([
      { text: 'Set ', code: false },
      { text: 'persist="url"', code: true },
      { text: ' to keep ', code: false },
      { text: 'weights', code: true },
      { text: ' in the link.', code: false },
    ]);
    expect(codeRuns('`mode`')).toEqual([{ text: 'mode', code: true }]);
    expect(codeRuns('A ` alone')).toEqual([{ text: 'A ` alone', code: false }]);
    expect(codeRuns('')).toEqual([]);
  });
});
