/**
 * El catálogo en español: neutral US Latin American Spanish, addressed as "usted", in the style
 * of US public-health agencies (MedlinePlus, CDC en español), and consistent with the dataset's
 * glossary (data/TRANSLATION-es.md): "estimulación magnética transcraneal (EMT)", "terapia física",
 * "atención plena", "vista general". Written in plain words, not word for word from the English.
 *
 * Typed as `Messages`: a missing or extra key is a type error (and test/unit/i18n.test.ts fails).
 */
import type { Messages } from './en.js';
import type { Formatter } from './format.js';
import { journeyEs } from './journey-es.js';
import { otherFrame, type Frequency } from '../model/index.js';
import { capitalised, inSentence, sentence, spanishAbout, spanishList } from './words.js';
import { isolate as d } from './bidi.js';

export function es(f: Formatter): Messages {
  const n = (value: number) => f.number(value);
  /**
   * "unas 39" (de cada 100 personas), "unos 7" (de cada 10 casos), but "alrededor de 1": "unas 1"
   * is not Spanish.
   */
  const about = (count: Frequency, gender: 'f' | 'm' = 'f') => spanishAbout(count, f, gender);
  const About = (count: Frequency) => capitalised(about(count));

  /** Cuánto importa una prioridad de 0 a 10, en palabras. */
  const weightWords = (value: number): string => {
    if (value <= 0) return 'No importa';
    if (value <= 2) return 'Importa un poco';
    if (value <= 4) return 'Importa algo';
    if (value <= 6) return 'Importa';
    if (value <= 8) return 'Importa mucho';
    return 'Importa muchísimo';
  };

  return {
    language: 'es',
    direction: 'ltr',
    weightWords,
    list: (items) => spanishList(items),
    date: (isoDate) => f.date(isoDate),
    number: (value) => n(value),

    // La decisión
    notAdvice: 'Esta herramienta le da información para hablar con su equipo médico. No recomienda ninguna opción.',
    questionLabel: 'La decisión',
    conditionLabel: 'Sobre el problema de salud',
    conditionSelect: 'Mostrar la evidencia para',
    conditionAll: 'Todos los tipos (vista general)',

    // Carga y errores
    loading: 'Cargando la comparación…',
    errorTitle: 'No se pudo mostrar esta comparación',
    errorKept: 'Usted sigue viendo la información que se cargó antes.',
    errorDetailsNote: 'Detalles para el equipo del sitio web (en inglés):',
    loadFailedStatus: (url, status, statusText) =>
      `No se pudieron cargar los datos de ${url}: el servidor respondió ${status}${statusText ? ` ${statusText}` : ''}.`,
    loadFailedNetwork: (url) => `No se pudieron cargar los datos de ${url}: falló la conexión.`,
    loadTooLarge: (url, maxChars) => `Los datos de ${url} son demasiado grandes: como máximo ${n(maxChars)} caracteres.`,
    builtInFailed: 'No se pudo cargar la comparación incluida: falló la conexión. Revise la conexión y vuelva a cargar la página.',
    validatorFailed:
      'No se pudo cargar la parte que revisa los datos, así que no se usaron estos datos. Revise la conexión y vuelva a cargar la página.',
    counselorFailed:
      'No se pudo cargar la vista para el consejero, así que no se puede mostrar la comparación. Revise la conexión y vuelva a cargar la página.',
    loadTimedOut: (url, seconds) =>
      `Los datos de ${url} tardaron más de ${n(seconds)} ${f.plural(seconds) === 'one' ? 'segundo' : 'segundos'} en cargar.`,

    // Tabla de opciones
    gridTitle: 'Las opciones, una al lado de la otra',
    gridIntro: `Más puntos llenos es mejor para usted (del ${n(1)} al ${n(5)}); un punto con rayas es una calificación que los estudios también permiten.`,
    moreIntro: '“Más” da las respuestas completas y sus fuentes.',
    optionsTitle: 'Las opciones',
    skipToPriorities: 'Saltar a lo que le importa',
    skipToResult: 'Saltar al resultado',
    more: 'Más',
    moreFor: (question) => ` sobre: ${d(question)}`,
    questionColumn: 'Pregunta',
    compactIntro: `Más puntos llenos es mejor para el paciente (de ${n(1)} a ${n(5)}). Elija una calificación para ver la respuesta y sus fuentes.`,
    cellDetails: (option, criterion, rating) => `${d(option)}, ${d(criterion)}: ${rating}, detalles`,
    closeDetails: 'Cerrar',
    rating: (score) => `${n(score)} de ${n(5)}`,
    ratingLabel: 'Calificación',
    notEnoughEvidence: 'No hay suficiente evidencia',
    notEnoughEvidenceNote: `No hay suficiente investigación para calificar esto. No se sabe si ayuda o no. Al comparar las opciones, no suma puntos, porque no se ha demostrado nada. La revisión de “¿Podría cambiar esto?” prueba todas las calificaciones del ${n(1)} al ${n(5)}.`,
    range: (low, high) => `Según el estudio, podría ser de ${n(low)} a ${n(high)} de ${n(5)}.`,
    ratingRange: (score, low, high) => `${n(score)} de ${n(5)}, podría ser de ${n(low)} a ${n(high)}`,
    certainty: (level) => `Qué tan sólida es la investigación: ${level}.`,
    certaintyLevels: {
      high: 'sólida',
      moderate: 'bastante sólida',
      low: 'débil, así que esto podría cambiar',
      'very low': 'muy débil, así que esto bien podría cambiar',
    },
    detailsSummary: 'Fuentes',
    detailsFor: (option, criterion) => ` de ${d(option)}: ${d(criterion)}`,
    conditionSpecific: (condition) => `Evidencia para ${d(inSentence(condition))}`,
    sources: 'Fuentes',
    opensInNewTab: '(se abre en otra pestaña)',
    outcomeLine: (count, event) => `${About(count)} de cada ${n(100)} ${d(event)}`,
    outcomeOther: (count, nonEvent) => `${about(otherFrame(count))} de cada ${n(100)} ${d(nonEvent)}.`,
    outcomeComparison: (label, count) => `${d(label)}: ${about(count)} de cada ${n(100)}.`,
    outcomeWho: (population, timeFrame) => `${d(sentence(population))} ${d(sentence(timeFrame))}`,

    // Prioridades
    slidersTitle: '¿Qué es importante para usted?',
    slidersIntro: 'Mueva cada control para mostrar cuánto le importa.',
    sliderValue: (value) => `${weightWords(value)} (${n(value)} de ${n(10)})`,
    sliderLow: 'No importa',
    sliderHigh: 'Importa muchísimo',
    reset: 'Poner todos en el medio otra vez',

    // Gráfica
    chartTitle: 'Cómo se ajustan las opciones a lo que le importa',
    chartAxis: `Qué tanto se ajusta cada opción a sus prioridades (de ${n(0)} a ${n(100)})`,
    chartNoPriorities: 'Mueva un control para decir qué le importa.',
    waiting:
      'Todavía no se compara nada. Mueva cualquier control para decir cuánto le importa una pregunta, y aquí verá cómo se ajustan las opciones.',
    showEqual: 'Ver con todas las prioridades iguales',
    miniTitle: `Cómo se ajustan las opciones, de ${n(0)} a ${n(100)}`,
    waitingPrint: 'No se marcaron prioridades, así que las opciones no se compararon.',
    chartSummary: (parts) =>
      `Qué tanto se ajusta cada opción a sus prioridades, de ${n(0)} a ${n(100)}: ${spanishList(parts)}. Esto no es una recomendación.`,
    chartPart: (option, fit) => `${d(option)} ${n(fit)}`,
    chartOfHundred: (fit) => `${n(fit)} de ${n(100)}`,
    segmentTitle: (criterion, value, option) => `${d(option)}, ${d(criterion)}: ${n(value)} de ${n(100)}`,
    legendTitle: 'Cada barra tiene una parte por cada pregunta:',
    tableSummary: 'Ver los números en una tabla',
    tableCaption: `Cuánto suma cada pregunta a cada opción (de ${n(100)})`,
    tableOption: 'Opción',
    tableTotal: 'Total',

    // Qué tan seguro
    howSureTitle: '¿Podría cambiar esto?',
    close: (options) =>
      `Cuál de estas opciones se ajusta más podría cambiar con facilidad: ${spanishList(options.map((o) => d(inSentence(o))))}.`,
    closeExplain: 'Un pequeño cambio en lo que le importa, o en lo que muestren los estudios, podría cambiar cuál se ajusta más.',
    clear: (option) => `Con sus prioridades, la opción que más se ajusta es ${d(inSentence(option))}. Esto no es una recomendación.`,
    closeAtStart: (options) =>
      `Con todas las prioridades iguales, cuál de estas opciones se ajusta más podría cambiar con facilidad: ${spanishList(options.map((o) => d(inSentence(o))))}.`,
    clearAtStart: (option) =>
      `Con todas las prioridades iguales, la opción que más se ajusta es ${d(inSentence(option))}. Esto no es una recomendación.`,
    atStartHint:
      'Ahora todas las preguntas cuentan igual. Mueva los controles para mostrar lo que le importa, y este resultado cambiará con ellos.',
    clearShare: (inTen, option) =>
      `Los resultados de los estudios podrían ser algo distintos. En ${about(inTen, 'm')} de cada ${n(10)} casos, ${d(inSentence(option))} sigue siendo la que más se ajusta.`,
    sensitivity: (criterion, direction, big, to, from, option) =>
      `Si “${d(criterion)}” le importara ${big ? '' : 'un poco '}${direction === 'more' ? 'más' : 'menos'} (cerca de ${n(to)} en vez de ${n(from)}), ${d(inSentence(option))} se ajustaría más o menos igual de bien.`,
    noSensitivity: 'Mover un solo control no cambiaría este resultado.',

    // Sobre esta información
    aboutTitle: 'Sobre esta información',
    published: 'Publicado',
    reviewBy: 'Próxima revisión',
    reviewPassed: (date) =>
      `Aviso: esta información se debía revisar antes del ${date}. Puede que la evidencia ya no esté al día. Pregunte a su equipo médico.`,
    reviewDatePassed: '(esta fecha ya pasó)',
    updatePolicy: 'Cómo se mantiene al día',
    funding: 'Quién pagó este trabajo',
    competingInterests: 'Conflictos de interés',
    authors: 'Escrito por',
    method: 'Cómo buscamos y calificamos la evidencia',
    citationsTitle: 'Fuentes',

    // Región que se lee en voz alta
    announce: (parts, howSure) => `Se actualizó. De ${n(0)} a ${n(100)}: ${spanishList(parts)}.${howSure ? ` ${howSure}` : ''}`,
    announceNoPriorities: 'Se actualizó. No hay prioridades marcadas, así que no se compara nada.',
    announceWaiting: 'Todavía no hay prioridades marcadas, así que no se compara ninguna opción.',

    // La clínica (sus propios datos y su aviso; nunca parte de la evidencia citada)
    clinicDisclosureTitle: 'Conflicto de interés:',
    clinicDisclosure: (clinic, options) =>
      `${d(clinic)} ofrece ${spanishList(options.map((o) => d(inSentence(o))))} y recibe dinero cuando los pacientes eligen ${f.plural(options.length) === 'one' ? 'esa opción' : 'esas opciones'}.`,
    clinicTitle: (clinic) => `Información de ${d(clinic)}`,
    clinicProvenance: (clinic, checked) => `Datos de ${d(clinic)}, revisados el ${checked}. No son parte de la evidencia citada.`,
    clinicFactColumn: 'Lo que dice la clínica',
    clinicPrice: 'Precio',
    clinicWait: 'Tiempo de espera',
    clinicInsurance: 'Seguro médico',
    clinicOfferedHere: 'Se ofrece aquí',
    clinicNote: 'Nota',
    clinicYes: 'Sí',
    clinicNo: 'No',
    clinicNotGiven: 'No se indica',
    clinicContact: (clinic) => `Comuníquese con ${d(clinic)}:`,
    clinicErrorTitle: 'No se pudo mostrar la información de la clínica',
    clinicErrorKept: 'Esto no afecta la comparación de la evidencia.',

    /** El recorrido de decisión, el modo de consulta y el resumen para imprimir (src/i18n/journey-es.ts). */
    journey: journeyEs(f),
  };
}
