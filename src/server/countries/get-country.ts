import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { getLocalCoverage } from '@/server/coverage/get-local-coverage';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { findCitations } from '@/server/sources/find-citations';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';
import {
  mechanismProfileSelect,
  toMechanismProfile,
} from '@/server/summaries/to-mechanism-profile';
import { newsOrder, newsSummarySelect, toNewsSummary } from '@/server/summaries/to-news-summary';

import { countrySummarySelect, toCountrySummary } from './to-country-summary';

export type GetCountryOptions = {
  slug: string;
  locale: AppLocale;
  /** Back-office preview: find the country even as a draft (its content stays published-only). */
  includeDrafts?: boolean;
};

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountry>>>;

const LATEST_NEWS = 5;

/** A published country with its mechanisms and related content, or null. */
export const getCountry = async ({ slug, locale, includeDrafts = false }: GetCountryOptions) => {
  const row = await prisma.country.findFirst({
    where: { slug, ...(includeDrafts ? {} : { status: 'PUBLISHED' as const }) },
    select: {
      ...countrySummarySelect,
      id: true,
      translations: { select: { locale: true, name: true, notes: true } },
    },
  });
  if (!row) return null;

  const inCountry = {
    OR: [{ countries: { some: { id: row.id } } }, { mechanisms: { some: { countryId: row.id } } }],
  };
  const [mechanisms, documents, events, news, localCoverage] = await Promise.all([
    prisma.mechanism.findMany({
      where: { countryId: row.id, status: 'PUBLISHED' },
      select: mechanismProfileSelect,
      orderBy: [{ level: 'asc' }, { jurisdiction: 'asc' }],
    }),
    prisma.document.findMany({
      where: { status: 'PUBLISHED', ...inCountry },
      select: documentSummarySelect,
      orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
      take: 20,
    }),
    prisma.event.findMany({
      where: {
        status: 'PUBLISHED',
        OR: [{ countryId: row.id }, { mechanisms: { some: { countryId: row.id } } }],
      },
      select: eventSummarySelect,
      orderBy: { startsOn: 'desc' },
      take: 20,
    }),
    // The latest news about the country or its mechanisms; /news?country= lists them all.
    prisma.news.findMany({
      where: {
        status: 'PUBLISHED',
        OR: [
          { countries: { some: { id: row.id } } },
          { mechanisms: { some: { countryId: row.id, status: 'PUBLISHED' } } },
        ],
      },
      select: newsSummarySelect,
      orderBy: [...newsOrder],
      take: LATEST_NEWS,
    }),
    getLocalCoverage({ countryId: row.id, iso2: row.iso2, locale }),
  ]);

  const [countryCitations, mechanismCitations] = await Promise.all([
    findCitations({ entityType: 'country', entityIds: [row.id] }),
    findCitations({ entityType: 'mechanism', entityIds: mechanisms.map((m) => m.id) }),
  ]);
  const profiles = mechanisms.map((m) => ({
    ...toMechanismProfile(m, locale),
    citations: mechanismCitations.get(m.id) ?? {},
  }));
  const notes = pickTranslation(
    row.translations.filter((t) => t.notes),
    locale,
    'en',
  );
  return {
    ...toCountrySummary(row, locale),
    citations: countryCitations.get(row.id) ?? {},
    notes: notes
      ? { text: notes.notes!, shownLocale: notes.shownLocale, isFallback: notes.isFallback }
      : null,
    nationalMechanism: profiles.find((m) => m.level === 'NATIONAL') ?? null,
    localMechanisms: profiles.filter((m) => m.level === 'LOCAL'),
    /** Argentina, Brazil, Mexico: how many states or provinces have a local mechanism. */
    localCoverage,
    documents: documents.map((d) => toDocumentSummary(d, locale)),
    events: events.map((e) => toEventSummary(e, locale)),
    news: news.map((n) => toNewsSummary(n, locale)),
  };
};
