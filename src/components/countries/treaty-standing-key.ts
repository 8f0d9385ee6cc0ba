import type { TreatyStanding } from '@/server/countries/get-treaty-standing';

export type TreatyStandingKey =
  'partyRatified' | 'partyAcceded' | 'party' | 'signatory' | 'notParty' | 'unknown';

/** The `TreatyStatus` message that names a standing: the same words on every page. */
export const treatyStandingKey = (standing: TreatyStanding): TreatyStandingKey => {
  switch (standing.kind) {
    case 'party':
      if (standing.by === 'RATIFICATION') return 'partyRatified';
      if (standing.by === 'ACCESSION') return 'partyAcceded';
      return 'party';
    case 'signatory':
      return 'signatory';
    case 'not-party':
      return 'notParty';
    default:
      return 'unknown';
  }
};
