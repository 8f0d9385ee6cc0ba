import type { OpcatStatus } from '@/generated/prisma/enums';

/**
 * OPCAT art. 28(1): "The present Protocol shall enter into force on the thirtieth day after the
 * date of deposit [...] of the twentieth instrument of ratification or accession." The twentieth
 * instruments (Bolivia, Honduras) were deposited on 23 May 2006: in force on 22 June 2006.
 */
export const OPCAT_ENTRY_INTO_FORCE = new Date('2006-06-22T00:00:00.000Z');

/**
 * OPCAT art. 28(2): for a State that ratifies or accedes later, the Protocol "shall enter into
 * force on the thirtieth day after the date of deposit of its own instrument".
 */
export const OPCAT_DAYS_TO_ENTRY_INTO_FORCE = 30;

export type NpmDeadline =
  /** Not a State party: art. 17 does not bind it. */
  | { kind: 'not-applicable' }
  /** A party whose date of ratification or accession is not known: never guessed. */
  | { kind: 'unknown' }
  | {
      kind: 'date';
      /** The last day on which a designation is on time (UTC midnight). */
      date: Date;
      /** When the Protocol entered into force for the State; null if its deposit date is unknown. */
      entryIntoForce: Date | null;
      /** The art. 17 date; under a postponement, the date the declaration replaced. */
      art17Date: Date | null;
      /** An art. 24 declaration on record postponed the NPM obligations (Part IV) to `date`. */
      postponed: boolean;
    };

export type NpmDeadlineInput = {
  opcatStatus: OpcatStatus;
  /** Date of deposit of the instrument of ratification or accession (the two count alike). */
  opcatRatifiedOn: Date | null;
  /** The end of an OPCAT art. 24 postponement of Part IV, when a declaration is on record. */
  npmPostponedTo: Date | null;
};

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

// 29 February + 1 year = 1 March: no such day in the next year, and the day after is later.
const addOneYear = (date: Date) => {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
};

/** Art. 28: the later of the Protocol's own entry into force and the State's deposit + 30 days. */
const entryIntoForceFor = (deposit: Date) => {
  const own = addDays(deposit, OPCAT_DAYS_TO_ENTRY_INTO_FORCE);
  return own > OPCAT_ENTRY_INTO_FORCE ? own : OPCAT_ENTRY_INTO_FORCE;
};

/**
 * OPCAT art. 17: each State Party designates its NPM "at the latest one year after the entry into
 * force of the present Protocol or of its ratification or accession". The portal reads this as
 * one year after the Protocol entered into force for that State (art. 28), so ratification and
 * accession count alike: Colombia, which acceded on 10 Nov 2025, is bound from 10 Dec 2025 and
 * has until 10 Dec 2026. (Reading "one year after its ratification" literally would give dates 30
 * days earlier for States that joined after 23 May 2006; the country page states the rule used.)
 *
 * OPCAT art. 24: on ratification, a State may declare that it postpones its Part IV (NPM)
 * obligations, for at most three years, extendable by two; the recorded end of that postponement
 * then is the deadline. A party whose deposit date is unknown has an unknown deadline.
 */
export const getNpmDeadline = ({
  opcatStatus,
  opcatRatifiedOn,
  npmPostponedTo,
}: NpmDeadlineInput): NpmDeadline => {
  if (opcatStatus !== 'PARTY') return { kind: 'not-applicable' };
  const entryIntoForce = opcatRatifiedOn ? entryIntoForceFor(opcatRatifiedOn) : null;
  const art17Date = entryIntoForce ? addOneYear(entryIntoForce) : null;
  if (npmPostponedTo) {
    return { kind: 'date', date: npmPostponedTo, entryIntoForce, art17Date, postponed: true };
  }
  if (!art17Date) return { kind: 'unknown' };
  return { kind: 'date', date: art17Date, entryIntoForce, art17Date, postponed: false };
};
