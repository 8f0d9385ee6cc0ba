import type { OpcatStatus, TreatyAction } from '@/generated/prisma/enums';

/**
 * A State's standing towards one treaty, as the portal words it. "Party" and "date unknown" are
 * separate facts: a party whose date of ratification or accession is not recorded is still a
 * party, and a missing status is "unknown", never "not a party".
 */
export type TreatyStanding =
  | { kind: 'party'; by: TreatyAction | null; on: Date | null; signedOn: Date | null }
  | { kind: 'signatory'; signedOn: Date | null }
  | { kind: 'not-party' }
  /** Nothing recorded: neither a status nor a date. */
  | { kind: 'unknown' };

export type TreatyStandingInput = {
  /** Null when not recorded (CAT, on rows seeded before the column existed). */
  status: OpcatStatus | null;
  by: TreatyAction | null;
  /** Date of deposit of the instrument of ratification or accession. */
  ratifiedOn: Date | null;
  signedOn?: Date | null;
};

/**
 * The recorded status decides; without one, a date or a "ratified/acceded" on record can only
 * mean the State became a party. Otherwise the standing is unknown: a missing date is never read
 * as "not ratified".
 */
export const getTreatyStanding = ({
  status,
  by,
  ratifiedOn,
  signedOn = null,
}: TreatyStandingInput): TreatyStanding => {
  const effective = status ?? (ratifiedOn || by ? 'PARTY' : null);
  switch (effective) {
    case 'PARTY':
      return { kind: 'party', by, on: ratifiedOn, signedOn };
    case 'SIGNATORY':
      return { kind: 'signatory', signedOn };
    case 'NOT_PARTY':
      return { kind: 'not-party' };
    default:
      return { kind: 'unknown' };
  }
};
