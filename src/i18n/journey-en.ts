/**
 * The English messages of the decision journey (Ottawa Personal Decision Guide steps, the SURE
 * test, icon arrays, the plan, counselor mode and the printable summary). The source of truth for
 * the shape of the other journey catalogs (`JourneyMessages`).
 *
 * Inform, never advise: no "winner", no ranking words. The SURE questions keep the validated
 * wording of the test (Légaré et al. 2010), which is why "best choice" appears there.
 */
import { frequencySpan, otherFrame, type Frequency, type Stage, type Role, type SureItem } from '../model/index.js';
import { formatter, type Formatter } from './format.js';
import { capitalised, englishAbout } from './words.js';
import { isolate as d } from './bidi.js';

export function journeyEn(f: Formatter) {
  const n = (value: number) => f.number(value);
  const about = (frequency: Frequency) => englishAbout(frequency, n);
  const About = (frequency: Frequency) => capitalised(about(frequency));

  /**
   * The plan's suggested questions while an option is compared, by option id (the default
   * dataset's ids; an option with other ids gets only the general ones): see `suggestedQuestions`.
   */
  const optionQuestions = {
    tms: [
      'Is TMS a good choice for my pain? What are its possible benefits and downsides for me?',
      'How many TMS sessions would I need, how often, and for how long?',
    ],
    medication: ['Which pain medicine might suit me, and what side effects should I watch for?'],
    'physical-therapy': ['How many physical therapy visits would I need, and what would I do at home?'],
    lifestyle: ['Which changes to activity, sleep or stress could help my pain most, and who can help me make them?'],
    'current-care': ['What is likely to happen if I keep my current care as it is?'],
  } as Readonly<Record<string, readonly string[]>>;
  /** Suggested questions whatever is compared. */
  const generalQuestions = [
    'Does my insurance cover the options I am considering?',
    'Could I combine some of these options?',
  ] as readonly string[];

  return {
    language: 'en',

    // Step 1: where you are in deciding, and how you would like to decide
    stageTitle: 'Where are you in deciding?',
    stageIntro: 'Every step is optional. Answer only what helps you.',
    stageQuestion: 'How far along are you with this decision?',
    stages: {
      'not-thought': 'I have not thought about it yet',
      considering: 'I am thinking about the options',
      close: 'I am close to choosing',
      chosen: 'I have already chosen',
    } satisfies Record<Stage, string>,
    roleQuestion: 'How would you like to decide?',
    roles: {
      'on-my-own': 'On my own',
      together: 'Together with my clinician',
      clinician: 'I would like my clinician to decide',
    } satisfies Record<Role, string>,
    clearAnswers: 'Clear my answers',

    // Pictures for numbers
    /** "About 39 of 100 were pain-free" (the counted frame); "Between 21 and 29 of 100 ..." for a span. */
    iconEvent: (count: Frequency, event: string): string => `${About(count)} of ${n(100)} ${d(event)}`,
    /** "about 61 still had pain" (the other frame). */
    iconNonEvent: (count: Frequency, nonEvent: string): string => `${about(otherFrame(count))} ${d(nonEvent)}`,
    /** Both frames in one sentence. */
    iconBothFrames: (count: Frequency, event: string, nonEvent: string, timeFrame: string): string =>
      `${About(count)} of ${n(100)} ${d(event)}; ${about(otherFrame(count))} ${d(nonEvent)} (${d(timeFrame)}).`,
    /** The text alternative of the picture. */
    iconAlt: (label: string, count: Frequency, event: string, nonEvent: string): string => {
      const [low, high] = frequencySpan(count);
      return low === high
        ? `${d(label)}: a picture of ${n(100)} people. ${n(low)} filled in: ${d(event)}. ${n(100 - low)} outlined: ${d(nonEvent)}.`
        : `${d(label)}: a picture of ${n(100)} people. ${n(low)} filled in and ${n(high - low)} shaded: between ${n(low)} and ${n(high)} ${d(event)}. ${n(100 - high)} outlined: ${d(nonEvent)}.`;
    },
    iconLegendFilled: (event: string): string => `Filled in: ${d(event)}`,
    /** For a span: the icons between its low and high figures. */
    iconLegendShaded: 'Shaded: the studies give a range, and these fall inside it',
    iconLegendOutlined: (nonEvent: string): string => `Outlined: ${d(nonEvent)}`,
    iconWho: (population: string): string => `Who these numbers are about: ${d(population)}`,
    iconComparison: (label: string): string => `For comparison, ${d(label)}`,

    // Step 3: options that are not possible for the person ("deal-breakers", said in plain words), and their own concern.
    // Labels put the option's name after a colon, so they read right whatever the name is.
    dealBreakersTitle: 'Is any option not possible for you?',
    dealBreakersIntro:
      'Maybe you cannot take an option, get to it or pay for it. Tick it here. It stays on the page, marked, but leaves the comparison.',
    dealBreaker: (option: string): string => `Not an option for me: ${d(option)}`,
    setAside: 'Not an option for me',
    setAsideNote: (option: string): string => `${d(option)} (left out of the comparison)`,
    allSetAside: 'You have set every option aside, so there is nothing left to compare.',
    ownConcernTitle: 'Add your own concern',
    ownConcernIntro: `Is something else important to you? Name it, then rate each option from ${n(1)} to ${n(5)}, where ${n(5)} is the most favourable for you. It is kept only on this page.`,
    ownConcernName: 'Your concern',
    ownConcernRating: (option: string): string => `How ${d(option)} does on your concern`,
    ownConcernNotRated: 'Not rated',
    ownConcernRemove: 'Remove my concern',
    ownConcernAdd: 'Add my concern',

    // Step 5: SURE. Its title asks about the person, so it is not confused with "Could this change?",
    // which is about the result.
    sureTitle: 'Do you have what you need to decide?',
    sureIntro: 'Four short questions. Answer yes or no.',
    sureQuestions: {
      sure: 'Do you feel sure about the best choice for you?',
      understand: 'Do you know the benefits and risks of each option?',
      ratio: 'Are you clear about which benefits and risks matter most to you?',
      encouragement: 'Do you have enough support and advice to make a choice?',
    } satisfies Record<SureItem, string>,
    yes: 'Yes',
    no: 'No',
    sureAllYes: 'You answered yes to all four questions.',
    sureNote: 'Many people are not sure at this stage. That is normal. Talking it through may help.',
    sureNextTitle: 'What you could do next:',
    sureNext: {
      sure: 'Tell your care team you are not sure yet. You do not have to decide today.',
      understand: 'Look at the options again, and ask your care team about the benefits and risks.',
      ratio: 'Go back to "What matters to you" and move the sliders until they feel right.',
      encouragement: 'Talk it over with someone you trust, or ask your care team for more support.',
    } satisfies Record<SureItem, string>,
    sureScore: (score: number): string => `${n(score)} of ${n(4)} answered yes`,
    notAnswered: 'Not answered',

    // Step 6: your plan
    planTitle: 'Your plan',
    questionsTitle: 'Questions to ask your provider',
    questionsIntro: 'You can change, add or remove questions.',
    /**
     * Suggested questions while an option is compared, by option id (the default dataset's ids; an
     * option with other ids gets only the general ones). See `suggestedQuestions`.
     */
    optionQuestions,
    generalQuestions,
    questionLabel: (index: number): string => `Question ${n(index)}`,
    removeQuestion: (index: number): string => `Remove question ${n(index)}`,
    addQuestion: 'Add a question',
    notesLabel: 'Your notes',
    notesHint: 'Your notes stay on this device. They are never put in a link.',
    remove: 'Remove',

    // Counselor mode
    counselorTitle: 'Talking it through',
    focusLabel: 'Focus on two options',
    focusFirst: 'First option',
    focusSecond: 'Second option',
    focusNone: 'All options',
    showOptions: 'Options shown',
    showAll: 'Show all options',
    chooseTwo: 'Choose two to compare them side by side.',
    chooseOneMore: 'Choose one more to compare.',
    comparingTwo: 'Comparing these two.',
    printShort: 'Print',
    startedAgain: 'Started again.',
    startedAgainNotesKept: 'Started again. The notes and questions are kept.',
    undo: 'Undo',
    clearNotesToo: 'Clear the notes too',
    howItAddsUp: 'How each question adds up',
    linesUpRow: 'Lines up with what matters (of 100)',
    allChip: 'All',
    /** Counselor mode's result before priorities are given (the patient view's is longer). */
    waitingCounselor: 'Nothing is lined up yet. Move a slider to say what matters, and the options line up here.',
    resetAll: 'Start again',
    prioritiesTitle: 'What matters to the patient',
    /** The closed part holding where the person is in deciding, the SURE check and their plan. */
    nextStepsTitle: 'Get ready to talk with your care team',
    /** The closed part holding "not an option for me" and the person's own question. */
    moreChoicesTitle: 'Rule out an option, or add a question of your own',

    // Take it with you
    printButton: 'Print or save as PDF',
    copyLink: 'Copy a link to my answers',
    copied: 'Link copied.',
    copyFallback: 'Copy this link:',
    linkPrivacy: 'The link holds your priorities and answers, but never your notes. Nothing is sent anywhere.',
    summaryTitle: 'My decision summary',
    summaryDate: (date: string): string => `Made on ${date}`,
    summaryDecision: 'The decision',
    summaryPriorities: 'What matters to me',
    summaryLineUp: 'How the options lined up',
    summaryGrid: 'The options side by side',
    summarySure: 'Do I have what I need to decide?',
    summaryQuestions: 'Questions to ask',
    summaryNotes: 'My notes',
    summaryStage: 'Where I am in deciding',
    summaryRole: 'How I would like to decide',
    summaryEvidence: 'About the evidence',
    summarySetAside: 'Options I ruled out',
    summaryNone: 'Not given',
    summaryNotSet: 'Not set',
    summarySources: 'Every fact comes from a published source; they are all listed in the comparison, under “About this information”.',
    /** The second print action: the summary, then the compact grid and every source. */
    printWithEvidence: 'Print with the evidence',
  };
}

/** The shape every journey catalog has: a missing or extra key in another one is a type error. */
export type JourneyMessages = ReturnType<typeof journeyEn>;

/** The English journey messages (the default of every journey part). */
export const journeyEnglish: JourneyMessages = /* @__PURE__ */ journeyEn(formatter('en-US'));
