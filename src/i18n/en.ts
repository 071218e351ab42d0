/**
 * The English message catalog: every piece of interface text, and the source of truth for the
 * shape of every other catalog (`Messages`). Words only: every number shown comes from the dataset
 * or the model, and is written by the locale's formatter (`f`).
 *
 * Wording rules (decision-aid standards): inform, never advise. No "best", "winner", "top",
 * "recommended" or ranking numbers anywhere. Plain words: the unit tests print the reading grade
 * of every sentence here.
 */
import type { Certainty } from '../model/schema.js';
import type { Formatter } from './format.js';
import { journeyEn } from './journey-en.js';
import { otherFrame, type Frequency } from '../model/index.js';
import { capitalised, englishAbout, englishList, inSentence, sentence } from './words.js';
import { isolate as d } from './bidi.js';

/**
 * Dataset and clinic text goes into a sentence through `d` (`isolate`, src/i18n/bidi.ts), so a
 * right-to-left name stays apart from the sentence's own punctuation.
 */
export function en(f: Formatter) {
  const n = (value: number) => f.number(value);

  /** How much a 0-10 priority matters, in words. */
  const weightWords = (value: number): string => {
    if (value <= 0) return 'Does not matter';
    if (value <= 2) return 'Matters a little';
    if (value <= 4) return 'Matters somewhat';
    if (value <= 6) return 'Matters';
    if (value <= 8) return 'Matters a lot';
    return 'Matters most';
  };

  return {
    /** The language of this catalog, for the `lang` of what is shown. */
    language: 'en',
    /** Which way the language is written; the widget sets it, so a right-to-left page does not turn it around. */
    direction: 'ltr' as 'ltr' | 'rtl',
    weightWords,
    /** "A, B and C". */
    list: (items: readonly string[]): string => englishList(items),
    /** A YYYY-MM-DD date as people write it: "January 15, 2026". */
    date: (isoDate: string): string => f.date(isoDate),
    /** A number as the locale writes it (chart ticks, table cells). */
    number: (value: number): string => n(value),

    // The decision
    notAdvice: 'This tool gives you information to talk over with your care team. It does not recommend any option.',
    questionLabel: 'The decision',
    conditionLabel: 'About the condition',
    conditionSelect: 'Show the evidence for',
    conditionAll: 'All types (general evidence)',

    // Loading and errors
    loading: 'Loading the comparison…',
    errorTitle: 'This comparison could not be shown',
    errorKept: 'You are still seeing the information that was loaded before.',
    /**
     * Said before the list of problems when it is in another language than the interface: the
     * dataset's validation messages are always in English (they are for web teams). Empty here.
     */
    errorDetailsNote: '',
    loadFailedStatus: (url: string, status: number, statusText: string): string =>
      `The dataset at ${url} could not be loaded: the server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
    loadFailedNetwork: (url: string): string => `The dataset at ${url} could not be loaded: the network request failed.`,
    loadTooLarge: (url: string, maxChars: number): string => `The dataset at ${url} is too large: at most ${n(maxChars)} characters.`,
    builtInFailed: 'The built-in comparison could not be loaded: the network request failed. Check the connection and reload the page.',
    validatorFailed:
      'The part that checks a dataset could not be loaded, so this dataset was not used. Check the connection and reload the page.',
    counselorFailed:
      "The counselor's layout could not be loaded, so the comparison cannot be shown. Check the connection and reload the page.",
    loadTimedOut: (url: string, seconds: number): string =>
      `The dataset at ${url} took longer than ${n(seconds)} ${f.plural(seconds) === 'one' ? 'second' : 'seconds'} to load.`,

    // Option grid
    gridTitle: 'The options side by side',
    gridIntro: `More filled dots are better for you (${n(1)} to ${n(5)}); a dashed dot is a rating the research also allows.`,
    moreIntro: '“More” gives full answers and sources.',
    optionsTitle: 'The options',
    /** The skip links at the widget's start. */
    skipToPriorities: 'Skip to what matters to you',
    skipToResult: 'Skip to the result',
    /** The button that opens a question's full answers (its visible word; the question follows, hidden). */
    more: 'More',
    moreFor: (question: string): string => ` about: ${d(question)}`,
    questionColumn: 'Question',
    /** Counselor mode's compact grid: how to read it, a rating button's name, and the popover's close button. */
    compactIntro: `More filled dots mean better for the patient (${n(1)} to ${n(5)}). Choose a rating to see the answer and its sources.`,
    cellDetails: (option: string, criterion: string, rating: string): string => `${d(option)}, ${d(criterion)}: ${rating}, details`,
    closeDetails: 'Close',
    rating: (score: number): string => `${n(score)} out of ${n(5)}`,
    ratingLabel: 'Rating',
    /** Shown instead of a rating when no study answers the question well enough to score it. */
    notEnoughEvidence: 'Not enough evidence',
    notEnoughEvidenceNote: `Not enough research to rate this. It is not known to help or to fail. When lining up the options, it gets no credit, because nothing has been shown. The “Could this change?” check tries every rating from ${n(1)} to ${n(5)}.`,
    range: (low: number, high: number): string => `Depending on the study, it could be ${n(low)} to ${n(high)} out of ${n(5)}.`,
    /** The rating's text alternative when the research allows a span. */
    ratingRange: (score: number, low: number, high: number): string => `${n(score)} out of ${n(5)}, could be ${n(low)} to ${n(high)}`,
    certainty: (level: string): string => `How strong the research is: ${level}.`,
    /** The certainty labels of the dataset (GRADE), in plain words. */
    certaintyLevels: {
      high: 'strong',
      moderate: 'fairly strong',
      low: 'weak, so this could change',
      'very low': 'very weak, so this may well change',
    } satisfies Record<Certainty, string>,
    detailsSummary: 'Sources',
    detailsFor: (option: string, criterion: string): string => ` for ${d(option)}: ${d(criterion)}`,
    conditionSpecific: (condition: string): string => `Evidence for ${d(condition)}`,
    sources: 'Sources',
    opensInNewTab: '(opens in a new tab)',
    /** "About 39 out of 100 were pain-free"; "Between 21 and 29 out of 100 ..." for a span the sources give. */
    outcomeLine: (count: Frequency, event: string): string => `${capitalised(englishAbout(count, n))} out of ${n(100)} ${d(event)}`,
    outcomeOther: (count: Frequency, nonEvent: string): string => `${englishAbout(otherFrame(count), n)} out of ${n(100)} ${d(nonEvent)}.`,
    outcomeComparison: (label: string, count: number): string => `${d(label)}: about ${n(count)} out of ${n(100)}.`,
    outcomeWho: (population: string, timeFrame: string): string => `${d(sentence(population))} ${d(sentence(timeFrame))}`,

    // Priorities
    slidersTitle: 'What matters to you?',
    slidersIntro: 'Move each slider to show how much it matters to you.',
    sliderValue: (value: number): string => `${weightWords(value)} (${n(value)} out of ${n(10)})`,
    sliderLow: 'Does not matter',
    sliderHigh: 'Matters most',
    reset: 'Reset all to the middle',

    // Chart
    chartTitle: 'How the options line up with what matters to you',
    chartAxis: `How closely each option lines up with your priorities (${n(0)} to ${n(100)})`,
    chartNoPriorities: 'Move a slider to say what matters to you.',
    /** Before anyone has said what matters: no option is named and no fit is shown. */
    waiting: 'Nothing is lined up yet. Move any slider to say how much a question matters to you, and the options will line up here.',
    showEqual: 'Show with equal priorities',
    /** The compact result under the sliders on a narrow screen. */
    miniTitle: `How the options line up, out of ${n(100)}`,
    waitingPrint: 'No priorities were set, so the options were not lined up.',
    chartSummary: (parts: readonly string[]): string =>
      `How closely each option lines up with your priorities, out of ${n(100)}: ${englishList(parts)}. This is not a recommendation.`,
    chartPart: (option: string, fit: number): string => `${d(option)} ${n(fit)}`,
    chartOfHundred: (fit: number): string => `${n(fit)} of ${n(100)}`,
    segmentTitle: (criterion: string, value: number, option: string): string => `${d(option)}, ${d(criterion)}: ${n(value)} of ${n(100)}`,
    legendTitle: 'Each bar is made of one part per question:',
    tableSummary: 'Show the numbers as a table',
    tableCaption: `How much each question adds to each option (out of ${n(100)})`,
    tableOption: 'Option',
    tableTotal: 'Total',

    // How sure
    howSureTitle: 'Could this change?',
    close: (options: readonly string[]): string =>
      `Which of these lines up most closely could easily change: ${englishList(options.map(d))}.`,
    closeExplain: 'Small changes in what matters to you, or in how the evidence turns out, could change which one lines up more closely.',
    clear: (option: string): string => `With your priorities, ${d(option)} lines up most closely. This is not a recommendation.`,
    /** The same two readings while every slider is still in the middle, where they start: no one's priorities yet. */
    closeAtStart: (options: readonly string[]): string =>
      `With equal priorities, which of these lines up most closely could easily change: ${englishList(options.map(d))}.`,
    clearAtStart: (option: string): string => `With equal priorities, ${d(option)} lines up most closely. This is not a recommendation.`,
    atStartHint: 'Every question counts the same now. Move the sliders to show what matters to you, and this picture will follow.',
    clearShare: (inTen: number, option: string): string =>
      `In about ${n(inTen)} out of ${n(10)} ways the evidence could turn out, ${d(option)} still lines up most closely.`,
    sensitivity: (criterion: string, direction: 'more' | 'less', big: boolean, to: number, from: number, option: string): string =>
      `If “${d(criterion)}” mattered ${big ? '' : 'a bit '}${direction} to you (about ${n(to)} instead of ${n(from)}), ${d(option)} would line up about as well.`,
    noSensitivity: 'Moving any one slider on its own would not change this picture.',

    // About
    aboutTitle: 'About this information',
    published: 'Published',
    reviewBy: 'Review by',
    reviewPassed: (date: string): string =>
      `Warning: this information was due to be reviewed by ${date}. The evidence may be out of date; ask your care team.`,
    reviewDatePassed: '(this date has passed)',
    updatePolicy: 'How it is kept up to date',
    funding: 'Who paid for it',
    competingInterests: 'Competing interests',
    authors: 'Written by',
    method: 'How we found and scored the evidence',
    citationsTitle: 'Sources',

    // Live region
    announce: (parts: readonly string[], howSure?: string): string =>
      `Updated. Out of ${n(100)}: ${englishList(parts)}.${howSure ? ` ${howSure}` : ''}`,
    announceNoPriorities: 'Updated. No priorities are set, so nothing is compared.',
    announceWaiting: 'No priorities are set yet, so no option is lined up.',

    // Clinic (a clinic's own facts and its disclosure; never part of the cited evidence)
    clinicDisclosureTitle: 'Conflict of interest:',
    clinicDisclosure: (clinic: string, options: readonly string[]): string =>
      `${d(clinic)} provides ${englishList(options.map((o) => d(inSentence(o))))} and is paid when patients choose ${f.plural(options.length) === 'one' ? 'it' : 'them'}.`,
    clinicTitle: (clinic: string): string => `Information from ${d(clinic)}`,
    clinicProvenance: (clinic: string, checked: string): string =>
      `From ${d(clinic)}, checked ${checked} — not part of the cited evidence.`,
    clinicFactColumn: 'What the clinic says',
    clinicPrice: 'Price',
    clinicWait: 'Wait time',
    clinicInsurance: 'Insurance',
    clinicOfferedHere: 'Offered here',
    clinicNote: 'Note',
    clinicYes: 'Yes',
    clinicNo: 'No',
    clinicNotGiven: 'Not given',
    clinicContact: (clinic: string): string => `Contact ${d(clinic)}:`,
    clinicErrorTitle: 'The clinic’s own information could not be shown',
    clinicErrorKept: 'The comparison of the evidence is not affected.',

    /** The decision journey, counselor mode and the printable summary (src/i18n/journey-en.ts). */
    journey: journeyEn(f),
  };
}

/** The shape every catalog has: a missing or extra key in another catalog is a type error. */
export type Messages = ReturnType<typeof en>;
