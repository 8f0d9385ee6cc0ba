// The first-level units of the federal States, from prisma/data/subdivisions.json (sources in
// prisma/data/SOURCES.md). No 'server-only': the seed and the data update read it too.
import subdivisionRecords from '../../../prisma/data/subdivisions.json';

/** One federal State's states or provinces, by ISO 3166-2 code, with the list's source. */
export type SubdivisionRecord = {
  unitKind: 'provinces' | 'states';
  source: string;
  units: { code: string; name: string }[];
};

/** By ISO 3166-1 alpha-2 code: Argentina, Brazil and Mexico. */
export const SUBDIVISION_RECORDS = subdivisionRecords.countries as Record<
  string,
  SubdivisionRecord
>;
