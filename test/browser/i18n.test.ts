/** Language: Spanish throughout, `lang` from the element or an ancestor, live switching, fallbacks. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TreatmentCompare } from '../../src/index.js';
import type { Dataset } from '../../src/model/index.js';
import {
  axeViolations,
  openEveryLayer,
  parts,
  recordEvents,
  settle,
  sliderFor,
  sliderInputs,
  smallDataset,
  showEqual,
  smallWidget,
  textOf,
  wait,
  widgetFrom,
} from './helpers.js';

/** Opens a details element and waits for its part to render the content (it does so on `toggle`). */
async function open(el: TreatmentCompare, details: HTMLDetailsElement) {
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  details.open = true;
  await toggled;
  await settle(el);
}

/** Every text the widget shows, through its parts' shadow roots. */
function deepText(el: TreatmentCompare): string {
  const p = parts(el);
  return [p.root, p.grid?.shadowRoot, p.sliders?.shadowRoot, p.chart?.shadowRoot, p.howSure?.shadowRoot, p.about?.shadowRoot]
    .map((r) => textOf(r))
    .join(' ');
}

const headings = (el: TreatmentCompare) => [...parts(el).root.querySelectorAll('h2, h3, h4')].map((h) => textOf(h));

/** Waits for the shared `lang` observer (a microtask) and the re-render it asks for. */
async function afterLangChange(el: TreatmentCompare) {
  await wait(0);
  return settle(el);
}

/** The small dataset with some text in English and Spanish, and some left in English only. */
function bilingualSmall(): Dataset {
  const data = smallDataset() as any;
  data.meta.title = { en: 'Small test comparison', es: 'Comparación de prueba' };
  data.options[0].label = { en: 'Alpha therapy', es: 'Terapia alfa' };
  data.options[1].label = { en: 'Beta pills' }; // no Spanish: shows the English
  data.criteria[0].label = { en: 'Cost', es: 'Costo' };
  data.criteria[0].question = { en: 'What will it cost me?', es: '¿Cuánto me costará?' };
  data.cells.alpha.cost.summary = { en: 'Alpha costs a lot.', es: 'Alfa cuesta mucho.' };
  data.cells.beta.cost.summary = { en: 'Beta is cheap.' }; // a missing translation
  return data as Dataset;
}

describe('language', () => {
  it('lang="es" shows the whole widget in Spanish: headings, grid, sliders, chart, how sure, about', async () => {
    // Equal priorities chosen (the button, as a patient would), so there is a chart and a readout.
    const el = await showEqual(await widgetFrom(html`<treatment-compare lang="es"></treatment-compare>`));
    const p = parts(el);
    expect(p.root.querySelector('article')!.getAttribute('lang')).to.equal('es');
    expect(headings(el)).to.include.members([
      'Opciones de tratamiento para el dolor crónico',
      'Las opciones, una al lado de la otra',
      '¿Qué es importante para usted?',
      'Cómo se ajustan las opciones a lo que le importa',
      '¿Podría cambiar esto?',
    ]);
    // "About this information" is the summary of its own closed disclosure.
    expect(textOf(p.about.shadowRoot!.querySelector('summary'))).to.contain('Sobre esta información');
    expect(textOf(p.root.querySelector('[part="not-advice"]'))).to.equal(
      'Esta herramienta le da información para hablar con su equipo médico. No recomienda ninguna opción.',
    );
    expect(textOf(p.root.querySelector('label[for="tc-condition"]'))).to.equal('Mostrar la evidencia para');
    expect([...p.select!.options].map((o) => o.textContent)).to.deep.equal([
      'Todos los tipos (vista general)',
      'Dolor de los nervios (neuropático)',
      'Fibromialgia',
      'Dolor lumbar de larga duración',
      'Migraña',
    ]);

    // The grid: option names, questions, ratings, certainty, details.
    const grid = p.grid.shadowRoot!;
    expect([...grid.querySelectorAll('thead th')].map((th) => textOf(th))).to.deep.equal([
      'Pregunta',
      'EMT',
      'Medicamentos',
      'Terapia física',
      'Estilo de vida',
      'Atención actual',
    ]);
    // The full names, each with what the option is, in the key above the grid.
    expect(textOf(grid.querySelector('[part="options-key"] li[data-option="tms"]'))).to.match(
      /^EMT \(estimulación magnética del cerebro\): /,
    );
    const cell = grid.querySelector('td[data-option="tms"][data-criterion="cost"]')!;
    expect(textOf(cell.querySelector('.rating'))).to.match(/^\d de 5/);
    expect(textOf(cell.querySelector('.short'))).to.not.equal('');
    const toggle = grid.querySelector<HTMLButtonElement>('tr[data-criterion="cost"] button.more-toggle')!;
    expect(textOf(toggle)).to.equal('Más sobre: ¿Cuánto me costará?');
    toggle.click();
    await settle(el);
    const answer = grid.querySelector('section.answer[data-option="tms"]')!;
    expect(textOf(answer)).to.match(/Calificación: \d de 5\./);
    expect(textOf(answer)).to.match(/Qué tan sólida es la investigación: (sólida|bastante sólida|débil|muy débil)/);
    expect(textOf(answer.querySelector('summary'))).to.equal('Fuentes de EMT (estimulación magnética del cerebro): Costo');

    // Sliders: labels are the questions in Spanish, values in words, aria-valuetext too.
    const sliders = p.sliders.shadowRoot!;
    const input = sliderFor(el, 'cost');
    expect(textOf(input.labels![0])).to.equal('¿Cuánto me costará?');
    expect(input.getAttribute('aria-valuetext')).to.equal('Importa (5 de 10)');
    expect([...sliders.querySelectorAll('.ends span')].slice(0, 2).map((span) => textOf(span))).to.deep.equal([
      'No importa',
      'Importa muchísimo',
    ]);
    expect(textOf(sliders.querySelector('[part="reset"]'))).to.equal('Poner todos en el medio otra vez');

    // Chart: its accessible name and description, legend, the table's caption and headers.
    const chart = p.chart.shadowRoot!;
    const svg = chart.querySelector('svg')!;
    const named = svg
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => textOf(chart.getElementById(id)));
    expect(named[0]).to.equal('Cómo se ajustan las opciones a lo que le importa');
    expect(named[1]).to.match(
      /^Qué tanto se ajusta cada opción a sus prioridades, de 0 a 100: EMT \(estimulación magnética del cerebro\) \d+, .+ y Seguir con su atención actual \d+\. Esto no es una recomendación\.$/,
    );
    expect(textOf(chart.querySelector('.axis-title'))).to.contain('Qué tanto se ajusta cada opción');
    for (const rect of chart.querySelectorAll('rect.seg'))
      expect(rect.querySelector('title')!.textContent).to.match(/^.+, .+: \d+ de 100$/);
    expect(textOf(chart.querySelector('details summary'))).to.equal('Ver los números en una tabla');
    await open(el, chart.querySelector('details')!);
    expect(chart.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('Cuánto suma cada pregunta a cada opción (de 100)');
    const headers = [...chart.querySelectorAll('thead th')].map((th) => textOf(th));
    expect(headers[0]).to.equal('Opción');
    expect(headers).to.include.members(['¿Cuánto me costará?', 'Total']);

    // How sure, and About (labels and dates).
    expect(textOf(p.howSure!.shadowRoot)).to.match(
      /^Con todas las prioridades iguales, (la opción que más se ajusta es|cuál de estas opciones se ajusta más podría cambiar)/,
    );
    const about = p.about.shadowRoot!;
    expect([...about.querySelectorAll('dt')].map((dt) => textOf(dt))).to.deep.equal([
      'Publicado',
      'Próxima revisión',
      'Cómo se mantiene al día',
      'Escrito por',
      'Cómo buscamos y calificamos la evidencia',
    ]);
    // Who paid and the competing interests stay in view, outside the closed disclosure.
    expect(textOf(about)).to.contain('Quién pagó este trabajo');
    expect(textOf(about)).to.contain('Conflictos de interés');
    expect([...about.querySelectorAll('time')].map((t) => textOf(t))).to.deep.equal(['23 de noviembre de 2026', '23 de noviembre de 2027']);
    expect(textOf(about.querySelector('a .visually-hidden'))).to.equal('(se abre en otra pestaña)');
    expect(textOf(about.querySelector('details dd:nth-of-type(4)'))).to.equal('equipo del proyecto treatment-compare');

    // No English interface words anywhere (the sources' titles stay as published, in English).
    const shown = [p.root, p.grid.shadowRoot, p.sliders.shadowRoot, p.chart.shadowRoot, p.howSure!.shadowRoot, about.querySelector('dl')]
      .map((n) => textOf(n))
      .join(' ');
    expect(shown).to.not.match(
      /\b(Rating|Certainty|How strong|Sources|More about|Matters|What matters|Published|Review by|out of|The options|This is not|Could this change|equal priorities)\b/,
    );
  });

  it('announces the new picture in Spanish', async () => {
    const el = await smallWidget({ lang: 'es' }, bilingualSmall());
    const live = parts(el).live;
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'End' });
    await wait(150);
    expect(textOf(live)).to.match(/^Se actualizó\. De 0 a 100: Terapia alfa \d+, Beta pills \d+ y Gamma exercise \d+\./);
    expect(sliderFor(el, 'cost').getAttribute('aria-valuetext')).to.equal('Importa muchísimo (10 de 10)');
  });

  it('takes the language from the nearest ancestor with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><section><treatment-compare></treatment-compare></section></div>`);
    const el = await settle(wrapper.querySelector('treatment-compare')!);
    expect(headings(el)).to.include('Las opciones, una al lado de la otra');
    expect(sliderInputs(el)[0].getAttribute('aria-valuetext')).to.equal('Importa (5 de 10)');
  });

  it('switches language at run time when lang changes on the element or an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><treatment-compare></treatment-compare></div>`);
    const el = await settle(wrapper.querySelector('treatment-compare')!);
    el.dataset = bilingualSmall();
    el.announceDelay = 50;
    await settle(el);
    const optionHeader = () => textOf(parts(el).grid.shadowRoot!.querySelector('thead th[data-option="alpha"]'));
    expect(headings(el)).to.include('The options side by side');
    expect(optionHeader()).to.equal('Alpha therapy');

    wrapper.setAttribute('lang', 'es');
    await afterLangChange(el);
    expect(headings(el)).to.include('Las opciones, una al lado de la otra');
    expect(optionHeader()).to.equal('Terapia alfa');
    expect(sliderFor(el, 'cost').getAttribute('aria-valuetext')).to.equal('Importa (5 de 10)');

    el.setAttribute('lang', 'en-US'); // the element's own lang wins over the ancestor's
    await afterLangChange(el);
    expect(headings(el)).to.include('The options side by side');
    expect(sliderFor(el, 'cost').getAttribute('aria-valuetext')).to.equal('Matters (5 out of 10)');

    el.removeAttribute('lang'); // back to the ancestor's
    await afterLangChange(el);
    expect(optionHeader()).to.equal('Terapia alfa');
    expect(parts(el).root.querySelector('article')!.getAttribute('lang')).to.equal('es');
  });

  it('follows <html lang> when nothing closer says otherwise', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    try {
      const el = await smallWidget({}, bilingualSmall());
      document.documentElement.setAttribute('lang', 'es');
      await afterLangChange(el);
      expect(headings(el)).to.include('Comparación de prueba');
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('does not leave an announcement in the old language after a switch', async () => {
    const el = await smallWidget({ lang: 'en' }, bilingualSmall());
    sliderFor(el, 'cost').focus();
    await sendKeys({ press: 'End' });
    await wait(150);
    expect(textOf(parts(el).live)).to.contain('Updated.');
    el.setAttribute('lang', 'es');
    await afterLangChange(el);
    expect(textOf(parts(el).live)).to.equal('');
  });

  it('falls back from a regional Spanish to Spanish, and from an unsupported language to English', async () => {
    // The first state, before any priority: the result says how to start, in Spanish.
    const first = await widgetFrom(html`<treatment-compare lang="es"></treatment-compare>`);
    const results = parts(first).root.querySelector('[part~="results"]')!;
    expect(textOf(results)).to.contain('Todavía no se compara nada.');
    expect(textOf(results.querySelector('button.show-equal'))).to.equal('Ver con todas las prioridades iguales');
    expect([...parts(first).root.querySelectorAll('.skip-links a')].map((a) => textOf(a))).to.deep.equal(['Saltar a lo que le importa']);
    expect(textOf(parts(first).grid.shadowRoot!.querySelector('button.more-toggle'))).to.match(/^Más sobre: ¿/);
    const mx = await smallWidget({ lang: 'es-MX' }, bilingualSmall());
    expect(headings(mx)).to.include('Las opciones, una al lado de la otra');
    expect(textOf(parts(mx).about.shadowRoot!.querySelector('time'))).to.equal('15 de enero de 2026');
    expect(parts(mx).root.querySelector('article')!.getAttribute('lang')).to.equal('es');

    const fr = await smallWidget({ lang: 'fr' }, bilingualSmall());
    expect(headings(fr)).to.include('The options side by side');
    expect(textOf(parts(fr).about.shadowRoot!.querySelector('time'))).to.equal('January 15, 2026');
    // What is shown is English, so it is marked as English (not as French).
    expect(parts(fr).root.querySelector('article')!.getAttribute('lang')).to.equal('en');

    const empty = await smallWidget({ lang: '' }, bilingualSmall());
    expect(headings(empty)).to.include('The options side by side');
  });

  it('shows the English text for a missing translation, never a key or a blank', async () => {
    const el = await smallWidget({ lang: 'es' }, bilingualSmall());
    const grid = parts(el).grid.shadowRoot!;
    expect(textOf(grid.querySelector('thead th[data-option="alpha"]'))).to.equal('Terapia alfa');
    expect(textOf(grid.querySelector('thead th[data-option="beta"]'))).to.equal('Beta pills');
    expect(textOf(grid.querySelector('td[data-option="alpha"][data-criterion="cost"] .short'))).to.equal('Alfa cuesta mucho.');
    expect(textOf(grid.querySelector('td[data-option="beta"][data-criterion="cost"] .short'))).to.equal('Beta is cheap.');
    // The same in the question's full answers (layer 2).
    grid.querySelector<HTMLButtonElement>('tr[data-criterion="cost"] button.more-toggle')!.click();
    await settle(el);
    expect(textOf(grid.querySelector('section.answer[data-option="alpha"]'))).to.contain('Alfa cuesta mucho.');
    expect(textOf(grid.querySelector('section.answer[data-option="beta"]'))).to.contain('Beta is cheap.');
    expect(deepText(el)).to.not.match(/\[object Object\]|undefined/);
    expect(textOf(parts(el).root.querySelector('h2'))).to.equal('Comparación de prueba');
  });

  it('shows dataset errors in English (marked as such) under a Spanish heading, and reports them in English', async () => {
    const log = recordEvents(document, ['dataset-error']);
    const bad = smallDataset() as any;
    bad.cells.alpha.cost.score = 9;
    const el = await smallWidget({ lang: 'es' }, bad);
    const error = parts(el).error!;
    expect(textOf(error.querySelector('h3'))).to.equal('No se pudo mostrar esta comparación');
    expect(textOf(error)).to.contain('Detalles para el equipo del sitio web (en inglés):');
    const item = error.querySelector('li')!;
    expect(item.getAttribute('lang')).to.equal('en');
    expect(textOf(item)).to.equal('cells.alpha.cost.score: expected a whole number from 1 to 5, got 9');
    expect(log.of('dataset-error').at(-1)!.detail.errors).to.deep.equal([
      'cells.alpha.cost.score: expected a whole number from 1 to 5, got 9',
    ]);
  });

  it('says a load failure in the language shown, and reports it in English', async () => {
    const log = recordEvents(document, ['dataset-error']);
    const el = await fixture<TreatmentCompare>(
      html`<treatment-compare lang="es" src="/test/fixtures/does-not-exist.json"></treatment-compare>`,
    );
    for (let i = 0; i < 50 && !parts(el).error; i++) await wait(20);
    await settle(el);
    expect(textOf(parts(el).error)).to.contain(
      'No se pudieron cargar los datos de /test/fixtures/does-not-exist.json: el servidor respondió 404',
    );
    expect(log.of('dataset-error').at(-1)!.detail.errors[0]).to.match(
      /^The dataset at \/test\/fixtures\/does-not-exist.json could not be loaded: the server answered 404/,
    );
    el.setAttribute('lang', 'en');
    await afterLangChange(el);
    expect(textOf(parts(el).error)).to.contain('The dataset at /test/fixtures/does-not-exist.json could not be loaded');
  });

  it('shows the clinic disclosure and facts in Spanish, with the clinic’s own text by language', async () => {
    const el = await widgetFrom(html`<treatment-compare lang="es"></treatment-compare>`);
    el.clinic = {
      name: { en: 'Lakeside Pain Clinic', es: 'Clínica del Dolor Lakeside' },
      provides: ['tms', 'physical-therapy'],
      facts: { tms: { price: { en: 'About $300 a session', es: 'Unos $300 por sesión' }, offeredHere: true } },
      checked: '2026-11-01',
    };
    await settle(el);
    const root = parts(el).root;
    expect(textOf(root.querySelector('.tc-disclosure'))).to.equal(
      'Conflicto de interés: Clínica del Dolor Lakeside ofrece EMT (estimulación magnética del cerebro) y terapia física (ejercicio) y recibe dinero cuando los pacientes eligen esas opciones.',
    );
    const facts = root.querySelector('tc-clinic-facts')!.shadowRoot!;
    expect(textOf(facts.querySelector('caption'))).to.equal(
      'Datos de Clínica del Dolor Lakeside, revisados el 1 de noviembre de 2026. No son parte de la evidencia citada.',
    );
    expect(textOf(facts.querySelector('tr[data-fact="price"] td[data-option="tms"]'))).to.equal('Unos $300 por sesión');
    expect(textOf(facts.querySelector('tr[data-fact="offeredHere"] td[data-option="tms"]'))).to.equal('Sí');
    expect(textOf(facts.querySelector('tr[data-fact="price"] td[data-option="medication"]'))).to.equal('No se indica');
  });

  it('has no accessibility violations in Spanish', async () => {
    const el = await widgetFrom(html`<treatment-compare lang="es"></treatment-compare>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    const small = await smallWidget({ lang: 'es' }, bilingualSmall(), { equal: true });
    await open(small, parts(small).chart.shadowRoot!.querySelector('details')!);
    await openEveryLayer(small);
    expect(parts(small).grid.shadowRoot!.querySelectorAll('.sources')).to.have.length(9);
    expect(await axeViolations(small)).to.deep.equal([]);
  });

  it('keeps slider moves fast: the language is not worked out again while a slider moves', async () => {
    const el = await smallWidget({ lang: 'es' }, bilingualSmall());
    const messages = (parts(el).sliders as unknown as { messages: unknown }).messages;
    const input = sliderFor(el, 'cost');
    for (const value of ['1', '7', '3']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(el);
    }
    expect((parts(el).sliders as unknown as { messages: unknown }).messages).to.equal(messages);
    expect(input.getAttribute('aria-valuetext')).to.equal('Importa algo (3 de 10)');
  });
});
