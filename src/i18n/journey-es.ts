/**
 * Los mensajes en español del recorrido de decisión: neutral US Latin American Spanish, "usted",
 * plain words, written for meaning rather than word for word. The SURE questions follow the
 * wording of the validated Spanish-language versions of the test in spirit ("la mejor opción").
 *
 * Typed as `JourneyMessages`: a missing or extra key is a type error.
 */
import type { JourneyMessages } from './journey-en.js';
import { formatter, type Formatter } from './format.js';
import { frequencySpan, otherFrame, type Frequency } from '../model/index.js';
import { capitalised, spanishAbout } from './words.js';
import { isolate as d } from './bidi.js';

export function journeyEs(f: Formatter): JourneyMessages {
  const n = (value: number) => f.number(value);
  /** "unas 39" (de cada 100 personas), but "alrededor de 1". */
  const about = (frequency: Frequency) => spanishAbout(frequency, f);
  const About = (frequency: Frequency) => capitalised(about(frequency));

  const optionQuestions: Readonly<Record<string, readonly string[]>> = {
    tms: [
      '¿Es la EMT una buena opción para mi dolor? ¿Qué beneficios y qué desventajas podría tener para mí?',
      '¿Cuántas sesiones de EMT necesitaría, cada cuánto y por cuánto tiempo?',
    ],
    medication: ['¿Qué medicamento para el dolor me podría convenir, y qué efectos secundarios debo vigilar?'],
    'physical-therapy': ['¿Cuántas visitas de terapia física necesitaría, y qué haría en casa?'],
    lifestyle: ['¿Qué cambios en la actividad, el sueño o el estrés podrían ayudar más con mi dolor, y quién me puede ayudar a hacerlos?'],
    'current-care': ['¿Qué es probable que pase si sigo con mi atención actual tal como está?'],
  };
  const generalQuestions: readonly string[] = [
    '¿Mi seguro médico cubre las opciones que estoy considerando?',
    '¿Podría combinar algunas de estas opciones?',
  ];

  return {
    language: 'es',

    stageTitle: '¿En qué punto está de su decisión?',
    stageIntro: 'Todos los pasos son opcionales. Conteste solo lo que le sirva.',
    stageQuestion: '¿Hasta dónde ha llegado con esta decisión?',
    stages: {
      'not-thought': 'Todavía no lo he pensado',
      considering: 'Estoy pensando en las opciones',
      close: 'Estoy a punto de elegir',
      chosen: 'Ya elegí',
    },
    roleQuestion: '¿Cómo le gustaría tomar la decisión?',
    roles: {
      'on-my-own': 'Por mi cuenta',
      together: 'Junto con mi médico',
      clinician: 'Prefiero que mi médico decida',
    },
    clearAnswers: 'Borrar mis respuestas',

    iconEvent: (count, event) => `${About(count)} de cada ${n(100)} ${d(event)}`,
    iconNonEvent: (count, nonEvent) => `${about(otherFrame(count))} ${d(nonEvent)}`,
    iconBothFrames: (count, event, nonEvent, timeFrame) =>
      `${About(count)} de cada ${n(100)} ${d(event)}; ${about(otherFrame(count))} ${d(nonEvent)} (${d(timeFrame)}).`,
    iconAlt: (label, count, event, nonEvent) => {
      const [low, high] = frequencySpan(count);
      return low === high
        ? `${d(label)}: un dibujo de ${n(100)} personas. ${n(low)} en relleno: ${d(event)}. ${n(100 - low)} solo con el contorno: ${d(nonEvent)}.`
        : `${d(label)}: un dibujo de ${n(100)} personas. ${n(low)} en relleno y ${n(high - low)} sombreadas: entre ${n(low)} y ${n(high)} ${d(event)}. ${n(100 - high)} solo con el contorno: ${d(nonEvent)}.`;
    },
    iconLegendFilled: (event) => `En relleno: ${d(event)}`,
    iconLegendShaded: 'Sombreadas: los estudios dan un rango, y estas personas caen dentro de él',
    iconLegendOutlined: (nonEvent) => `Solo el contorno: ${d(nonEvent)}`,
    iconWho: (population) => `A quiénes se refieren estos números: ${d(population)}`,
    iconComparison: (label) => `Para comparar, ${d(label)}`,

    dealBreakersTitle: '¿Hay alguna opción que no sea posible para usted?',
    dealBreakersIntro:
      'Quizás no pueda usar una opción, llegar a ella o pagarla. Márquela aquí. Seguirá en la página, marcada, pero ya no entrará en la comparación.',
    dealBreaker: (option) => `No es una opción para mí: ${d(option)}`,
    setAside: 'No es una opción para mí',
    setAsideNote: (option) => `${d(option)} (fuera de la comparación)`,
    allSetAside: 'Usted dejó a un lado todas las opciones, así que no queda nada que comparar.',
    ownConcernTitle: 'Agregue su propia inquietud',
    ownConcernIntro: `¿Hay algo más que le importe? Escríbalo y califique cada opción del ${n(1)} al ${n(5)}, donde ${n(5)} es lo más favorable para usted. Solo se guarda en esta página.`,
    ownConcernName: 'Su inquietud',
    ownConcernRating: (option) => `Cómo le va a ${d(option)} en su inquietud`,
    ownConcernNotRated: 'Sin calificar',
    ownConcernRemove: 'Quitar mi inquietud',
    ownConcernAdd: 'Agregar mi inquietud',

    sureTitle: '¿Tiene lo que necesita para decidir?',
    sureIntro: 'Cuatro preguntas cortas. Conteste sí o no.',
    sureQuestions: {
      sure: '¿Tiene claro cuál es la mejor opción para usted?',
      understand: '¿Conoce los beneficios y los riesgos de cada opción?',
      ratio: '¿Tiene claro qué beneficios y riesgos le importan más?',
      encouragement: '¿Tiene suficiente apoyo y consejo para tomar una decisión?',
    },
    yes: 'Sí',
    no: 'No',
    sureAllYes: 'Usted contestó que sí a las cuatro preguntas.',
    sureNote: 'Muchas personas todavía tienen dudas en este momento. Es normal. Hablarlo con alguien puede ayudar.',
    sureNextTitle: 'Lo que podría hacer ahora:',
    sureNext: {
      sure: 'Dígale a su equipo de salud que todavía tiene dudas. No tiene que decidir hoy.',
      understand: 'Vuelva a mirar las opciones y pregúntele a su equipo de salud por los beneficios y los riesgos.',
      ratio: 'Vuelva a "Lo que le importa a usted" y mueva los controles hasta que le parezcan bien.',
      encouragement: 'Háblelo con alguien de confianza, o pídale más apoyo a su equipo de salud.',
    },
    sureScore: (score) => `${n(score)} de ${n(4)} respuestas con sí`,
    notAnswered: 'Sin contestar',

    planTitle: 'Su plan',
    questionsTitle: 'Preguntas para su proveedor de salud',
    questionsIntro: 'Puede cambiar, agregar o quitar preguntas.',
    optionQuestions,
    generalQuestions,
    questionLabel: (index) => `Pregunta ${n(index)}`,
    removeQuestion: (index) => `Quitar la pregunta ${n(index)}`,
    addQuestion: 'Agregar una pregunta',
    notesLabel: 'Sus notas',
    notesHint: 'Sus notas se quedan en este dispositivo. Nunca se ponen en un enlace.',
    remove: 'Quitar',

    counselorTitle: 'Para hablarlo juntos',
    focusLabel: 'Comparar dos opciones',
    focusFirst: 'Primera opción',
    focusSecond: 'Segunda opción',
    focusNone: 'Todas las opciones',
    showOptions: 'Opciones que se muestran',
    showAll: 'Mostrar todas las opciones',
    chooseTwo: 'Elija dos para compararlas lado a lado.',
    chooseOneMore: 'Elija una más para comparar.',
    comparingTwo: 'Comparando estas dos.',
    printShort: 'Imprimir',
    startedAgain: 'Se empezó de nuevo.',
    startedAgainNotesKept: 'Se empezó de nuevo. Las notas y preguntas se conservan.',
    undo: 'Deshacer',
    clearNotesToo: 'Borrar también las notas',
    howItAddsUp: 'Cómo suma cada pregunta',
    linesUpRow: 'Coincide con lo que importa (de 100)',
    allChip: 'Todas',
    waitingCounselor: 'Todavía no se compara nada. Mueva un control para decir qué importa, y aquí verá cómo se ajustan las opciones.',
    resetAll: 'Empezar de nuevo',
    prioritiesTitle: 'Lo que le importa al paciente',
    nextStepsTitle: 'Prepárese para hablar con su equipo de salud',
    moreChoicesTitle: 'Descarte una opción, o agregue una pregunta propia',

    printButton: 'Imprimir o guardar como PDF',
    copyLink: 'Copiar un enlace con mis respuestas',
    copied: 'Enlace copiado.',
    copyFallback: 'Copie este enlace:',
    linkPrivacy: 'El enlace guarda sus prioridades y respuestas, pero nunca sus notas. No se envía nada a ningún lugar.',
    summaryTitle: 'Resumen de mi decisión',
    summaryDate: (date) => `Hecho el ${date}`,
    summaryDecision: 'La decisión',
    summaryPriorities: 'Lo que me importa',
    summaryLineUp: 'Cómo se comparan las opciones',
    summaryGrid: 'Las opciones lado a lado',
    summarySure: '¿Tengo lo que necesito para decidir?',
    summaryQuestions: 'Preguntas para hacer',
    summaryNotes: 'Mis notas',
    summaryStage: 'En qué punto estoy de mi decisión',
    summaryRole: 'Cómo me gustaría decidir',
    summaryEvidence: 'Sobre la evidencia',
    summarySetAside: 'Opciones que descarté',
    summaryNone: 'Sin respuesta',
    summaryNotSet: 'Sin marcar',
    summarySources: 'Cada dato viene de una fuente publicada; todas están en la comparación, en “Sobre esta información”.',
    printWithEvidence: 'Imprimir con la evidencia',
  };
}

/** The Spanish journey messages (US Latin American Spanish). */
export const journeySpanish: JourneyMessages = /* @__PURE__ */ journeyEs(formatter('es-US'));
