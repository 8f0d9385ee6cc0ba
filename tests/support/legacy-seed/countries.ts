import type { OpcatStatus, Subregion } from '@/generated/prisma/client';

import rawRecords from '../../../prisma/data/previous/opcat-latam.json' with { type: 'json' };
import { type SeedDb, slugify, toDateOrNull } from '../../../prisma/seed/lib';

type Names = { es: string; pt: string; en: string };

export type LocalMechanismRecord = {
  jurisdiction: string;
  /** APT's English rendering, or null when the source gives no name. */
  name: string | null;
  nameLang: 'en' | null;
  /** Year of the creating provincial or state law. */
  established: number;
  legalBasis: string;
  status?: string;
};

export type NpmRecord = {
  name: Names;
  acronym: string | null;
  model: 'ombudsperson_or_nhri' | 'new_specialised_body' | 'multiple_bodies' | 'other';
  legalBasis: string;
  /** Year of legal designation, or a full YYYY-MM-DD date when known. */
  designated: number | string;
  website: string | null;
};

/** One record of prisma/data/opcat-latam.json (fields are described in prisma/data/SOURCES.md). */
export type OpcatRecord = {
  iso2: string;
  iso3: string;
  name: Names;
  subregion: string;
  federal: boolean;
  cat: { ratified: string | null };
  opcat: { signed: string | null; ratified: string | null; status: string };
  npm: NpmRecord | null;
  localMechanisms: LocalMechanismRecord[];
  sources: string[];
  notes: string;
};

export const opcatRecords = rawRecords as OpcatRecord[];

const SUBREGIONS: Record<string, Subregion> = {
  'South America': 'SOUTH_AMERICA',
  'Central America': 'CENTRAL_AMERICA',
  Caribbean: 'CARIBBEAN',
  'North America': 'NORTH_AMERICA',
};

const OPCAT_STATUSES: Record<string, OpcatStatus> = {
  party: 'PARTY',
  signatory: 'SIGNATORY',
  not_party: 'NOT_PARTY',
};

const lookup = <T>(table: Record<string, T>, key: string, what: string): T => {
  const value = table[key];
  if (value === undefined) throw new Error(`Unknown ${what} in opcat-latam.json: ${key}`);
  return value;
};

/** "Bolivia (Plurinational State of)" → "bolivia", "Dominican Republic" → "dominican-republic". */
export const countrySlug = (record: OpcatRecord): string => slugify(record.name.en);

export const seedCountries = async (db: SeedDb): Promise<number> => {
  for (const record of opcatRecords) {
    await db.country.create({
      data: {
        slug: countrySlug(record),
        iso2: record.iso2,
        iso3: record.iso3,
        subregion: lookup(SUBREGIONS, record.subregion, 'subregion'),
        federal: record.federal,
        catRatifiedOn: toDateOrNull(record.cat.ratified),
        opcatStatus: lookup(OPCAT_STATUSES, record.opcat.status, 'OPCAT status'),
        opcatSignedOn: toDateOrNull(record.opcat.signed),
        opcatRatifiedOn: toDateOrNull(record.opcat.ratified),
        // No Part IV (art. 24) postponement is recorded in the data.
        npmPostponedTo: null,
        sources: record.sources,
        status: 'PUBLISHED',
        translations: {
          create: [
            { locale: 'es', name: record.name.es },
            { locale: 'pt', name: record.name.pt },
            // The data's notes are written in English.
            { locale: 'en', name: record.name.en, notes: record.notes },
          ],
        },
      },
    });
  }
  return opcatRecords.length;
};
