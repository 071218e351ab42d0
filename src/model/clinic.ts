/**
 * A clinic's own configuration: its name, which options it provides, local facts per option and a
 * contact link. Shown apart from the cited evidence, labelled as the clinic's and dated; a clinic
 * that provides an option gets a disclosure it cannot hide.
 */
import * as v from 'valibot';
import { checkValueBounds, clinicListCaps } from './bounds.js';
import { controlCharacterWarnings } from './controls.js';
import { formatIssues, limitErrors, readJson } from './issues.js';
import type { TextLangs } from './local-text.js';
import { LIMITS, httpUrl, id, isoDate, localLongText, localShortText, type Localised } from './schema.js';

/**
 * Not after tomorrow (the date read as midnight UTC): a day of grace, because somewhere on Earth
 * it is already tomorrow (a clinic in Sydney checks its file before a web team in Denver publishes it).
 */
const notInFuture = (date: string) => Date.parse(date) <= Date.now() + 86_400_000;

/** Text may be one string or text by language (`{ "en": "...", "es": "..." }`), as in a dataset. */
export const ClinicSchema = v.object({
  /** The clinic's name as patients know it. */
  name: localShortText,
  /** Ids of the options this clinic provides (and so may be paid for). */
  provides: v.pipe(
    v.array(id('an option'), 'expected a list of option ids'),
    v.maxLength(LIMITS.options, `has too many options: at most ${LIMITS.options}`),
  ),
  /** Local facts per option id, in the clinic's words. */
  facts: v.optional(
    v.record(
      v.string(),
      v.object({
        price: v.optional(localShortText),
        wait: v.optional(localShortText),
        insurance: v.optional(localLongText),
        /** Whether this clinic offers the option. */
        offeredHere: v.optional(v.boolean('expected true or false')),
        note: v.optional(localLongText),
      }),
      'expected an object of facts keyed by option id',
    ),
  ),
  /** A booking or contact link (http or https only). */
  contact: v.optional(v.object({ label: localShortText, url: httpUrl })),
  /** When the clinic last checked these facts (YYYY-MM-DD): not after today. */
  checked: v.pipe(isoDate, v.check(notInFuture, 'is in the future: give the day you last checked these facts')),
});

export type Clinic = v.InferOutput<typeof ClinicSchema>;
/** A clinic configuration in one language (see `localiseClinic`). */
export type LocalClinic = Localised<Clinic> & {
  /** The dataset's and the clinic's texts shown in another language (see `TextLangs`). */ langs?: TextLangs;
};
/** `warnings`: as for a dataset (invisible control characters in text; see controls.ts). */
export type ClinicResult = { ok: true; clinic: Clinic; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Validates a clinic configuration; with option ids, also that every id it names exists.
 * Never throws: bounds first, as for a dataset (see bounds.ts).
 */
export function validateClinic(input: unknown, optionIds?: readonly string[]): ClinicResult {
  try {
    const overCaps = clinicListCaps(input);
    if (overCaps.length) return { ok: false, errors: overCaps };
    const tooBig = checkValueBounds(input, 'The clinic configuration');
    if (tooBig) return { ok: false, errors: [tooBig] };
    return checkClinic(input, optionIds);
  } catch (error) {
    return {
      ok: false,
      errors: [`The clinic configuration could not be checked: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}

function checkClinic(input: unknown, optionIds?: readonly string[]): ClinicResult {
  const parsed = v.safeParse(ClinicSchema, input, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, errors: limitErrors(formatIssues(parsed.issues)) };
  const clinic = parsed.output;
  const errors: string[] = [];
  if (optionIds) {
    const known = new Set(optionIds);
    clinic.provides.forEach((optionId, index) => {
      if (!known.has(optionId)) errors.push(`provides[${index}]: no option has the id "${optionId}"`);
    });
    for (const optionId of Object.keys(clinic.facts ?? {})) {
      if (!known.has(optionId)) errors.push(`facts.${optionId}: no option has the id "${optionId}"`);
    }
  }
  return errors.length ? { ok: false, errors: limitErrors(errors) } : { ok: true, clinic, warnings: controlCharacterWarnings(clinic) };
}

/** A clinic configuration file larger than this is refused before parsing. */
export const MAX_CLINIC_CHARS = 200_000;

export function parseClinicJson(json: string, optionIds?: readonly string[]): ClinicResult {
  const read = readJson(json, 'The clinic configuration', MAX_CLINIC_CHARS);
  return read.ok ? validateClinic(read.value, optionIds) : read;
}
