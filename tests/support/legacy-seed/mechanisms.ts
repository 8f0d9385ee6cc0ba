import type { InstitutionalModel, Locale } from '@/generated/prisma/client';

import { type SeedDb, slugify, toDate } from '../../../prisma/seed/lib';
import {
  countrySlug,
  type LocalMechanismRecord,
  type NpmRecord,
  type OpcatRecord,
  opcatRecords,
} from './countries';

const MODELS: Record<NpmRecord['model'], InstitutionalModel> = {
  ombudsperson_or_nhri: 'OMBUDSPERSON_OR_NHRI',
  new_specialised_body: 'NEW_SPECIALISED_BODY',
  multiple_bodies: 'MULTIPLE_BODIES',
  other: 'OTHER',
};

// Every country with a mechanism in the data speaks Spanish except Brazil (Haiti has none).
const countryLocale = (record: OpcatRecord): Locale => (record.iso2 === 'BR' ? 'pt' : 'es');

// The citations mix Spanish/Portuguese law titles with English notes: a citation with any
// English word goes on `en`, otherwise on the country's own language (pt for Brazil, else es).
const ENGLISH_WORDS =
  /\b(the|of|by|per|and|law|to|in|with|regulating|designating|adopted|amended|published|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

export const legalBasisLocale = (record: OpcatRecord, legalBasis: string): Locale =>
  ENGLISH_WORDS.test(legalBasis) ? 'en' : countryLocale(record);

/** `designated` is a year, or a full date when the source gives one (Mexico). */
const designation = (designated: number | string) => {
  if (typeof designated === 'number') return { designatedYear: designated, designatedOn: null };
  const designatedOn = toDate(designated);
  return { designatedYear: designatedOn.getUTCFullYear(), designatedOn };
};

const seedNational = async (db: SeedDb, record: OpcatRecord, npm: NpmRecord, countryId: string) => {
  const legalBasisIn = legalBasisLocale(record, npm.legalBasis);
  const locales: Locale[] = ['es', 'pt', 'en'];
  return db.mechanism.create({
    data: {
      slug: `${countrySlug(record)}-npm`,
      countryId,
      level: 'NATIONAL',
      acronym: npm.acronym,
      model: MODELS[npm.model],
      // opcat-latam.json lists each NPM as legally designated; operations are not assessed.
      operationalStatus: 'DESIGNATED',
      originalLocale: countryLocale(record),
      ...designation(npm.designated),
      website: npm.website,
      // email, phone and address are not in the data: they stay null rather than guessed.
      sources: record.sources,
      status: 'PUBLISHED',
      translations: {
        create: locales.map((locale) => ({
          locale,
          name: npm.name[locale],
          legalBasis: locale === legalBasisIn ? npm.legalBasis : null,
        })),
      },
    },
  });
};

const seedLocal = async (
  db: SeedDb,
  record: OpcatRecord,
  local: LocalMechanismRecord,
  ids: { countryId: string; parentId: string },
) =>
  db.mechanism.create({
    data: {
      slug: `${countrySlug(record)}-${slugify(local.jurisdiction)}`,
      ...ids,
      level: 'LOCAL',
      jurisdiction: local.jurisdiction,
      // The names are APT's English renderings; unnamed entries keep the country's language.
      originalLocale: local.nameLang === 'en' ? 'en' : countryLocale(record),
      // `established` is the year of the creating law, not the start of operations.
      designatedYear: local.established,
      // The data does not say whether a local mechanism operates: unknown, so null.
      operationalStatus: null,
      sources: record.sources,
      status: 'PUBLISHED',
      translations: {
        // Everything known about local mechanisms is written in English.
        create: [
          {
            locale: 'en',
            name: local.name,
            legalBasis: local.legalBasis,
            notes: local.status ?? null,
          },
        ],
      },
    },
  });

export type MechanismCounts = { national: number; local: number };

export const seedMechanisms = async (db: SeedDb): Promise<MechanismCounts> => {
  const counts: MechanismCounts = { national: 0, local: 0 };
  for (const record of opcatRecords) {
    if (!record.npm) continue;
    const country = await db.country.findUniqueOrThrow({
      where: { iso2: record.iso2 },
      select: { id: true },
    });
    const national = await seedNational(db, record, record.npm, country.id);
    counts.national += 1;
    for (const local of record.localMechanisms) {
      await seedLocal(db, record, local, { countryId: country.id, parentId: national.id });
      counts.local += 1;
    }
  }
  return counts;
};
