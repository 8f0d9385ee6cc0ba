import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiCountryListQuerySchema } from '@/lib/validation/open-data';
import { findCountries } from '@/server/countries/find-countries';
import { getCountry } from '@/server/countries/get-country';
import type { CountrySummary } from '@/server/countries/to-country-summary';
import { prisma } from '@/server/db';
import { findCitations } from '@/server/sources/find-citations';
import type { Citations } from '@/server/sources/to-citation';

import { apiUrl, pageUrl, toApiDate } from './api-urls';
import { itemBody, listBody, pageOf } from './list-body';
import { toApiCitations } from './to-api-citations';

export const toApiCountry = (country: CountrySummary, citations: Citations, lang: AppLocale) => ({
  slug: country.slug,
  iso2: country.iso2,
  iso3: country.iso3,
  name: country.name,
  // Country names exist in the three languages; a missing one falls back to Spanish.
  languages: { name: country.nameLocale },
  subregion: country.subregion,
  federal: country.federal,
  cat: {
    status: country.catStatus,
    by: country.catBy,
    ratifiedOn: toApiDate(country.catRatifiedOn),
  },
  opcat: {
    status: country.opcatStatus,
    by: country.opcatBy,
    ratifiedOn: toApiDate(country.opcatRatifiedOn),
    signedOn: toApiDate(country.opcatSignedOn),
  },
  npmDeadline:
    country.deadline.kind === 'date'
      ? {
          kind: 'date' as const,
          date: toApiDate(country.deadline.date),
          postponed: country.deadline.postponed,
        }
      : { kind: country.deadline.kind, date: null, postponed: false },
  npmDeadlineStatus: country.deadlineStatus.kind,
  nationalMechanism: country.npm
    ? { slug: country.npm.slug, acronym: country.npm.acronym, name: country.npm.name?.name ?? null }
    : null,
  citations: toApiCitations(citations),
  links: {
    self: apiUrl(`/countries/${country.slug}`, { lang }),
    html: pageUrl(lang, `/countries/${country.slug}`),
  },
});

/** The citations of these countries, by slug (summaries carry no ids). */
const findCountryCitations = async (slugs: string[]) => {
  const rows = await prisma.country.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true },
  });
  const byId = await findCitations({ entityType: 'country', entityIds: rows.map((row) => row.id) });
  return new Map(rows.map((row) => [row.slug, byId.get(row.id) ?? {}]));
};

/** GET /api/v1/countries: the countries index's list, in its order. */
export const listApiCountries = async (query: z.output<typeof ZApiCountryListQuerySchema>) => {
  const all = await findCountries({
    locale: query.lang,
    order: { sort: query.sort, dir: query.dir },
  });
  const page = pageOf(all, query);
  const citations = await findCountryCitations(page.map((country) => country.slug));
  return listBody({
    path: '/countries',
    query,
    total: all.length,
    items: page.map((country) =>
      toApiCountry(country, citations.get(country.slug) ?? {}, query.lang),
    ),
  });
};

/** GET /api/v1/countries/{slug}: one published country. */
export const getApiCountry = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const country = await getCountry({ slug, locale: lang });
  return country ? itemBody(toApiCountry(country, country.citations, lang), lang) : null;
};
