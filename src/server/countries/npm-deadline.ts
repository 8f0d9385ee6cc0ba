import type { OpcatStatus } from '@/generated/prisma/enums';

/** OPCAT art. 28(1): the Protocol entered into force on 22 June 2006. */
export const OPCAT_ENTRY_INTO_FORCE = new Date('2006-06-22');

export type NpmDeadline =
  | { kind: 'not-applicable' }
  | { kind: 'unknown' }
  | { kind: 'date'; date: Date; postponed: boolean };

export type NpmDeadlineInput = {
  opcatStatus: OpcatStatus;
  opcatRatifiedOn: Date | null;
  npmPostponedTo: Date | null;
};

const addOneYear = (date: Date) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
};

/**
 * OPCAT art. 17: a State Party designates its NPM at the latest one year after the Protocol's
 * entry into force or after its own ratification, whichever is later. An art. 24 declaration
 * on record replaces that date. A party whose ratification date is unknown has an unknown
 * deadline: we never compute one from a guess.
 */
export const getNpmDeadline = ({
  opcatStatus,
  opcatRatifiedOn,
  npmPostponedTo,
}: NpmDeadlineInput): NpmDeadline => {
  if (opcatStatus !== 'PARTY') return { kind: 'not-applicable' };
  if (npmPostponedTo) return { kind: 'date', date: npmPostponedTo, postponed: true };
  if (!opcatRatifiedOn) return { kind: 'unknown' };
  const start = opcatRatifiedOn > OPCAT_ENTRY_INTO_FORCE ? opcatRatifiedOn : OPCAT_ENTRY_INTO_FORCE;
  return { kind: 'date', date: addOneYear(start), postponed: false };
};

/** Overdue: the deadline has passed and no national mechanism has been designated. */
export const isNpmOverdue = (deadline: NpmDeadline, hasNpm: boolean, today = new Date()) =>
  !hasNpm && deadline.kind === 'date' && deadline.date < today;
