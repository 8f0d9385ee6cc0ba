import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

import { getNpmDeadlineStatus } from './get-npm-deadline-status';
import { getTreatyStanding } from './get-treaty-standing';
import { getNpmDeadline } from './npm-deadline';

/** The columns every country listing needs, with its published national mechanism. */
export const countrySummarySelect = {
  slug: true,
  iso2: true,
  iso3: true,
  subregion: true,
  federal: true,
  catStatus: true,
  catRatifiedOn: true,
  catBy: true,
  opcatStatus: true,
  opcatSignedOn: true,
  opcatRatifiedOn: true,
  opcatBy: true,
  npmPostponedTo: true,
  translations: { select: { locale: true, name: true } },
  mechanisms: {
    where: { level: 'NATIONAL', status: 'PUBLISHED' },
    select: {
      slug: true,
      acronym: true,
      originalLocale: true,
      designatedOn: true,
      designatedYear: true,
      translations: { select: { locale: true, name: true } },
    },
    take: 1,
  },
} satisfies Prisma.CountrySelect;

type CountrySummaryRow = Prisma.CountryGetPayload<{ select: typeof countrySummarySelect }>;

export type CountrySummary = ReturnType<typeof toCountrySummary>;

export const toCountrySummary = (row: CountrySummaryRow, locale: AppLocale, today = new Date()) => {
  const { translations, mechanisms, npmPostponedTo, ...facts } = row;
  const nationalMechanism = mechanisms[0];
  const deadline = getNpmDeadline(row);
  const designation = nationalMechanism
    ? { on: nationalMechanism.designatedOn, year: nationalMechanism.designatedYear }
    : null;
  // Country names exist in all three languages; Spanish is the source of the data.
  const name = pickTranslation(translations, locale, 'es');
  return {
    ...facts,
    name: name?.name ?? row.iso3,
    /** The language the name is shown in (the open-data API states it). */
    nameLocale: name?.shownLocale ?? 'es',
    cat: getTreatyStanding({ status: row.catStatus, by: row.catBy, ratifiedOn: row.catRatifiedOn }),
    opcat: getTreatyStanding({
      status: row.opcatStatus,
      by: row.opcatBy,
      ratifiedOn: row.opcatRatifiedOn,
      signedOn: row.opcatSignedOn,
    }),
    deadline,
    deadlineStatus: getNpmDeadlineStatus({ deadline, designation, today }),
    npmPostponedTo,
    npm: nationalMechanism
      ? {
          slug: nationalMechanism.slug,
          acronym: nationalMechanism.acronym,
          name: pickTranslation(
            nationalMechanism.translations,
            locale,
            nationalMechanism.originalLocale,
          ),
        }
      : null,
  };
};
