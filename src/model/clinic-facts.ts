/** Which of a clinic's local facts there are to show for the options shown (no validation here). */
import type { Clinic, LocalClinic } from './clinic.js';

type Facts = NonNullable<Clinic['facts']>[string];
export type ClinicFactKey = keyof Facts;

/** The facts, in the order shown. */
export const CLINIC_FACT_KEYS: readonly ClinicFactKey[] = ['price', 'wait', 'insurance', 'offeredHere', 'note'];

/** The fact keys that at least one shown option has a value for, in order. */
export function clinicFactRows(clinic: Clinic | LocalClinic, options: readonly { id: string }[]): ClinicFactKey[] {
  const facts = clinic.facts ?? {};
  return CLINIC_FACT_KEYS.filter((key) => options.some((o) => Object.hasOwn(facts, o.id) && facts[o.id]?.[key] !== undefined));
}

/** Whether a clinic has anything to show for these options (facts or a contact link). */
export function clinicHasFacts(clinic: Clinic | LocalClinic, options: readonly { id: string }[]): boolean {
  return Boolean(clinic.contact) || clinicFactRows(clinic, options).length > 0;
}
