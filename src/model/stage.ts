/** Where the person is in deciding (Ottawa Personal Decision Guide) and how they want to decide. */

export const STAGES = ['not-thought', 'considering', 'close', 'chosen'] as const;
export type Stage = (typeof STAGES)[number];

export const ROLES = ['on-my-own', 'together', 'clinician'] as const;
export type Role = (typeof ROLES)[number];

export function parseStage(value: unknown): Stage | undefined {
  return STAGES.find((stage) => stage === value);
}

export function parseRole(value: unknown): Role | undefined {
  return ROLES.find((role) => role === value);
}
