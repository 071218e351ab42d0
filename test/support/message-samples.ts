/**
 * Sample arguments for every message function, for the catalog tests and the plain-language
 * report. Typed against `Messages`: a new message function without samples is a type error.
 */
import type { Messages } from '../../src/i18n/index.js';

type FunctionKey = { [K in keyof Messages]: Messages[K] extends (...args: never[]) => unknown ? K : never }[keyof Messages];

/** Dataset words to fill the messages with, in each catalog's language (from the default dataset). */
export interface Vocabulary {
  tms: string;
  pt: string;
  medicines: string;
  cost: string;
  sideEffects: string;
  availability: string;
  migraine: string;
  /** The certainty label "moderate", as the catalog words it. */
  moderate: string;
  clinic: string;
  event: string;
  nonEvent: string;
  rareEvent: string;
  sham: string;
  placebo: string;
  population: string;
  timeFrame: string;
}

export const VOCABULARY: Record<'en' | 'es', Vocabulary> = {
  en: {
    tms: 'TMS (magnetic brain stimulation)',
    pt: 'Physical therapy (exercise)',
    medicines: 'Pain medicines',
    cost: 'Cost',
    sideEffects: 'Side effects',
    availability: 'Availability',
    migraine: 'Migraine',
    moderate: 'moderate',
    clinic: 'Lakeside Pain Clinic',
    event: 'were pain-free',
    nonEvent: 'still had pain',
    rareEvent: 'had a seizure',
    sham: 'With sham treatment',
    placebo: 'With a dummy pill',
    population: 'Adults with migraine with aura in one trial (164 people)',
    timeFrame: '2 hours after treatment',
  },
  es: {
    tms: 'EMT (estimulación magnética del cerebro)',
    pt: 'Terapia física (ejercicio)',
    medicines: 'Medicamentos para el dolor',
    cost: 'Costo',
    sideEffects: 'Efectos secundarios',
    availability: 'Disponibilidad',
    migraine: 'Migraña',
    moderate: 'moderada',
    clinic: 'Clínica del Dolor Lakeside',
    event: 'no tuvieron dolor',
    nonEvent: 'todavía tenían dolor',
    rareEvent: 'tuvieron una convulsión',
    sham: 'Con un tratamiento simulado',
    placebo: 'Con una pastilla sin medicamento',
    population: 'Adultos con migraña con aura en un ensayo (164 personas)',
    timeFrame: '2 horas después del tratamiento',
  },
};

/** Sample arguments for every message function, in the words of one language. */
export function samples(v: Vocabulary, date: string): { [K in FunctionKey]: Parameters<Messages[K]>[] } {
  return {
    weightWords: [[0], [1], [3], [5], [7], [10]],
    list: [[[v.cost]], [[v.cost, v.sideEffects]], [[v.cost, v.sideEffects, v.availability]]],
    date: [['2026-11-01'], ['2021-06-30']],
    number: [[0], [40], [12345.6]],
    loadFailedStatus: [
      ['/data.json', 404, 'Not Found'],
      ['/data.json', 500, ''],
    ],
    loadFailedNetwork: [['/data.json']],
    loadTimedOut: [
      ['/data.json', 1],
      ['/data.json', 10],
      ['/data.json', 0.5],
    ],
    loadTooLarge: [['/data.json', 2_000_000]],
    rating: [[1], [4]],
    range: [[3, 5]],
    ratingRange: [
      [4, 3, 5],
      [2, 1, 2],
    ],
    moreFor: [[v.cost]],
    certainty: [[v.moderate]],
    detailsFor: [[v.tms, v.cost]],
    cellDetails: [
      [v.tms, v.sideEffects, '3'],
      [v.pt, v.cost, '2'],
    ],
    conditionSpecific: [[v.migraine]],
    outcomeLine: [
      [39, v.event],
      [1, v.rareEvent],
      [[21, 29], v.event],
    ],
    outcomeOther: [
      [39, v.nonEvent],
      [99, v.nonEvent],
      [[21, 29], v.nonEvent],
    ],
    outcomeComparison: [
      [v.sham, 22],
      [v.placebo, 1],
    ],
    outcomeWho: [[v.population, v.timeFrame]],
    sliderValue: [[0], [5], [10]],
    chartSummary: [[[`${v.tms} 40`, `${v.medicines} 35`, `${v.pt} 52`]]],
    chartPart: [[v.tms, 40]],
    chartOfHundred: [[40]],
    segmentTitle: [[v.cost, 12, v.tms]],
    close: [[[v.tms, v.pt]]],
    clear: [[v.pt]],
    closeAtStart: [[[v.tms, v.pt]]],
    clearAtStart: [[v.pt]],
    clearShare: [
      [7, v.pt],
      [1, v.pt],
    ],
    sensitivity: [
      [v.cost, 'more', false, 7, 5, v.tms],
      [v.sideEffects, 'less', true, 1, 5, v.medicines],
    ],
    reviewPassed: [[date]],
    announce: [[[`${v.tms} 40`, `${v.pt} 52`]], [[`${v.tms} 40`, `${v.pt} 52`], `${v.pt}.`]],
    clinicDisclosure: [
      [v.clinic, [v.tms]],
      [v.clinic, [v.tms, v.pt]],
    ],
    clinicTitle: [[v.clinic]],
    clinicProvenance: [[v.clinic, date]],
    clinicContact: [[v.clinic]],
  };
}

/** The samples in English, e.g. to check that every message function has some. */
export const SAMPLES = samples(VOCABULARY.en, 'June 30, 2021');

/** Every text a catalog can produce: its strings (nested ones too) and every function on every sample. */
export function allTexts(messages: Messages): { key: string; text: string }[] {
  const lang = messages.language === 'es' ? 'es' : 'en';
  const args = samples(VOCABULARY[lang], messages.date('2021-06-30')) as Record<string, unknown[][]>;
  const out: { key: string; text: string }[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push({ key, text: value });
    else if (typeof value === 'function') {
      (args[key] ?? []).forEach((args, i) => out.push({ key: `${key}#${i + 1}`, text: (value as (...a: unknown[]) => string)(...args) }));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    }
  };
  walk(messages, '');
  return out;
}
