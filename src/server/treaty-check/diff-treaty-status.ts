import type { CountryTreatyField } from '@/lib/facts';

import { isNamed, matchParticipant } from './match-participant';
import { postponementEnd } from './postponement-end';
import type { TreatyDifference, TreatyNote, TreatyRecord } from './treaty-record';
import type { UntcParticipant, UntcStatusPage } from './untc-page';

export type DiffTreatyStatusOptions = { pages: UntcStatusPage[]; records: TreatyRecord[] };

const FIELDS = {
  CAT: { status: 'catStatus', signedOn: null, depositOn: 'catRatifiedOn', by: 'catBy' },
  OPCAT: {
    status: 'opcatStatus',
    signedOn: 'opcatSignedOn',
    depositOn: 'opcatRatifiedOn',
    by: 'opcatBy',
  },
} as const;

const BY = { ratification: 'RATIFICATION', accession: 'ACCESSION', succession: null } as const;

const statusOf = (participant: UntcParticipant | undefined) =>
  participant?.deposit ? 'PARTY' : participant?.signedOn ? 'SIGNATORY' : 'NOT_PARTY';

/**
 * Compares each State's treaty columns with the UNTC pages: one difference per field whose value
 * the page contradicts. The database's meanings are UNTC's: the date of deposit of the instrument
 * (the page's "Ratification, Accession(a)" column), "a" = ACCESSION, the signature day, and a CAT
 * status left empty counts as "party" when a CAT date or catBy is recorded (schema.prisma). What
 * no field can hold (a succession, a State missing from the table although recorded as bound, an
 * art. 24 declaration without a period) becomes a note instead.
 */
export const diffTreatyStatus = ({ pages, records }: DiffTreatyStatusOptions) => {
  const differences: TreatyDifference[] = [];
  const notes: TreatyNote[] = [];
  for (const page of pages) {
    const columns = FIELDS[page.treaty];
    for (const record of records) {
      const { fields } = record;
      const base = { countryId: record.id, iso2: record.iso2, country: record.label };
      const note = (kind: TreatyNote['kind']) =>
        notes.push({ iso2: record.iso2, country: record.label, treaty: page.treaty, kind });
      const compare = (field: CountryTreatyField | null, proposed: string | null) => {
        if (field && fields[field] !== proposed) {
          differences.push({
            ...base,
            treaty: page.treaty,
            field,
            current: fields[field],
            proposed,
          });
        }
      };
      const participant = matchParticipant(page.participants, record.names);
      const recorded =
        fields[columns.status] ??
        (fields[columns.depositOn] || fields[columns.by] ? 'PARTY' : null);
      if (!participant && (recorded === 'PARTY' || recorded === 'SIGNATORY')) {
        // More likely a name the table spells otherwise than a State that left: not guessed.
        note('notFound');
        continue;
      }
      if (recorded !== statusOf(participant)) compare(columns.status, statusOf(participant));
      compare(columns.signedOn, participant?.signedOn ?? null);
      compare(columns.depositOn, participant?.deposit?.on ?? null);
      if (participant?.deposit?.by === 'succession') note('succession');
      else compare(columns.by, participant?.deposit ? BY[participant.deposit.by] : null);
      if (page.treaty !== 'OPCAT') continue;

      const postponement = page.postponements.find(
        (p) => p.part === 'IV' && isNamed(p.participant, record.names),
      );
      if (!postponement) {
        compare('npmPostponedTo', null);
      } else if (fields.npmPostponedTo === null && participant?.deposit) {
        // A recorded end is kept: it may include an art. 24(2) extension UNTC does not show.
        const end = postponementEnd(postponement, participant.deposit.on);
        if (end) compare('npmPostponedTo', end);
        else note('postponementWithoutPeriod');
      }
    }
  }
  return { differences, notes };
};
