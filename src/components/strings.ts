/**
 * Every piece of interface text in one typed object, so a later issue can localise it.
 * Words only: every number shown comes from the dataset or the model.
 *
 * Wording rules (decision-aid standards): inform, never advise. No "best", "winner", "top",
 * "recommended" or ranking numbers anywhere.
 */

/** How much a 0-10 priority matters, in words. */
export function weightWords(value: number): string {
  if (value <= 0) return 'Does not matter';
  if (value <= 2) return 'Matters a little';
  if (value <= 4) return 'Matters somewhat';
  if (value <= 6) return 'Matters';
  if (value <= 8) return 'Matters a lot';
  return 'Matters most';
}

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A label inside a sentence: "Cost" -> "cost", but "TMS" stays "TMS". */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** Text ending with a full stop (added only when missing). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A 0-100 fit as a whole number for display. */
export function fitNumber(fit: number): number {
  return Math.round(fit);
}

// Month names for dates. Written out rather than from Intl.DateTimeFormat: creating the first
// Intl formatter on a page costs about 20 ms, a large share of the widget's first render.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const strings = {
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
  loadFailedStatus: (url: string, status: number, statusText: string) =>
    `The dataset at ${url} could not be loaded: the server answered ${status}${statusText ? ` ${statusText}` : ''}.`,
  loadFailedNetwork: (url: string) => `The dataset at ${url} could not be loaded: the network request failed.`,
  loadTimedOut: (url: string, seconds: number) => `The dataset at ${url} took longer than ${seconds} seconds to load.`,
  noDataset: 'No dataset is available.',

  // Option grid
  gridTitle: 'The options side by side',
  gridIntro: 'Every option answers the same questions. Ratings go from 1 to 5, where 5 is the most favourable for you.',
  cardsIntro: 'Open an option to see its answers to every question.',
  questionColumn: 'Question',
  rating: (score: number) => `${score} out of 5`,
  ratingLabel: 'Rating',
  range: (low: number, high: number) => `The evidence allows ${low} to ${high}`,
  certainty: (level: string) => `Certainty of the evidence: ${level}`,
  detailsSummary: 'Details and sources',
  detailsFor: (option: string, criterion: string) => ` for ${option}: ${criterion}`,
  conditionSpecific: (condition: string) => `Evidence for ${condition}`,
  sources: 'Sources',
  opensInNewTab: '(opens in a new tab)',
  outcomeLine: (count: number, event: string) => `About ${count} out of 100 ${event}`,
  outcomeOther: (count: number, nonEvent: string) => `about ${100 - count} out of 100 ${nonEvent}.`,
  outcomeComparison: (label: string, count: number) => `${label}: about ${count} out of 100.`,
  outcomeWho: (population: string, timeFrame: string) => `${sentence(population)} ${sentence(timeFrame)}`,

  // Priorities
  slidersTitle: 'What matters to you?',
  slidersIntro: 'Move each slider to show how much it matters to you. 0 means it does not matter, 10 means it matters most.',
  sliderValue: (value: number) => `${weightWords(value)} (${value} out of 10)`,
  sliderLow: 'Does not matter',
  sliderHigh: 'Matters most',
  reset: 'Reset all to the middle',

  // Chart
  chartTitle: 'How the options line up with what matters to you',
  chartAxis: 'How closely each option lines up with your priorities (0 to 100)',
  chartNoPriorities: 'Move a slider to say what matters to you.',
  chartSummary: (parts: readonly string[]) =>
    `How closely each option lines up with your priorities, out of 100: ${listWords(parts)}. This is not a recommendation.`,
  chartPart: (option: string, fit: number) => `${option} ${fit}`,
  chartOfHundred: (fit: number) => `${fit} of 100`,
  segmentTitle: (criterion: string, value: number, option: string) => `${option}, ${criterion}: ${value} of 100`,
  legendTitle: 'Each bar is made of one part per question:',
  tableSummary: 'Show the numbers as a table',
  tableCaption: 'How much each question adds to each option (out of 100)',
  tableOption: 'Option',
  tableTotal: 'Total',

  // How sure
  howSureTitle: 'How sure is this picture?',
  close: (options: readonly string[]) => `These options fit your priorities about equally: ${listWords(options)}.`,
  closeExplain: 'Small changes in what matters to you, or in how the evidence turns out, could change which one lines up more closely.',
  clear: (option: string) => `With your priorities, ${option} lines up most closely. This is not a recommendation.`,
  clearShare: (inTen: number, option: string) =>
    `In about ${inTen} out of 10 ways the evidence could turn out, ${option} still lines up most closely.`,
  sensitivity: (criterion: string, direction: 'more' | 'less', big: boolean, to: number, from: number, option: string) =>
    `If ${inSentence(criterion)} mattered ${big ? '' : 'a bit '}${direction} to you (about ${to} instead of ${from}), ${option} would line up about as well.`,
  noSensitivity: 'Moving any one slider on its own would not change this picture.',

  // About
  aboutTitle: 'About this information',
  published: 'Published',
  /** A date as people write it: "January 15, 2026" (month 1-12). */
  longDate: (year: number, month: number, day: number) => `${MONTHS[month - 1]} ${day}, ${year}`,
  reviewBy: 'Review by',
  reviewPassed: (date: string) =>
    `Warning: this information was due to be reviewed by ${date}. The evidence may be out of date; ask your care team.`,
  reviewDatePassed: '(this date has passed)',
  updatePolicy: 'How it is kept up to date',
  funding: 'Who paid for it',
  competingInterests: 'Competing interests',
  authors: 'Written by',
  method: 'How the evidence was chosen',
  citationsTitle: 'Sources',

  // Live region
  announce: (parts: readonly string[], howSure?: string) =>
    `Updated. Out of 100: ${listWords(parts)}.${howSure ? ` ${howSure}` : ''}`,
  announceNoPriorities: 'Updated. No priorities are set, so nothing is compared.',

  // Clinic (a clinic's own facts and its disclosure; never part of the cited evidence)
  clinicDisclosureTitle: 'Conflict of interest:',
  clinicDisclosure: (clinic: string, options: readonly string[]) =>
    `${clinic} provides ${listWords(options.map(inSentence))} and is paid when patients choose ${options.length > 1 ? 'them' : 'it'}.`,
  clinicTitle: (clinic: string) => `Information from ${clinic}`,
  clinicProvenance: (clinic: string, checked: string) => `From ${clinic}, checked ${checked} — not part of the cited evidence.`,
  clinicFactColumn: 'What the clinic says',
  clinicPrice: 'Price',
  clinicWait: 'Wait time',
  clinicInsurance: 'Insurance',
  clinicOfferedHere: 'Offered here',
  clinicNote: 'Note',
  clinicYes: 'Yes',
  clinicNo: 'No',
  clinicNotGiven: 'Not given',
  clinicContact: (clinic: string) => `Contact ${clinic}:`,
  clinicErrorTitle: 'The clinic’s own information could not be shown',
  clinicErrorKept: 'The comparison of the evidence is not affected.',
} as const;

export type Strings = typeof strings;
