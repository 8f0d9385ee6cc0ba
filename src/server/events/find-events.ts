import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';

export type FindEventsOptions = {
  locale: AppLocale;
  filters?: TEventListQuerySchema;
  /** Injected by tests; defaults to the current day (UTC). */
  today?: Date;
  pastPageSize?: number;
};

export type EventCalendar = Awaited<ReturnType<typeof findEvents>>;

const published = { status: 'PUBLISHED' } as const;

/**
 * Whether an event may still be running on `today`. Without an end date, a month- or
 * year-precise event (stored as a day within it) runs to the end of its month or year.
 */
const timing = (today: Date, side: 'upcoming' | 'past'): Prisma.EventWhereInput => {
  const day = new Date(today.toISOString().slice(0, 10));
  const month = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));
  const year = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const on = (date: Date) => (side === 'upcoming' ? { gte: date } : { lt: date });
  return {
    OR: [
      { endsOn: on(day) },
      { endsOn: null, datePrecision: 'DAY', startsOn: on(day) },
      { endsOn: null, datePrecision: 'MONTH', startsOn: on(month) },
      { endsOn: null, datePrecision: 'YEAR', startsOn: on(year) },
    ],
  };
};

/**
 * Published events matching the filters: all upcoming ones (soonest first, including those under
 * way) and one page of past ones (latest first), with the countries and years to filter by.
 */
export const findEvents = async ({
  locale,
  filters = {},
  today = new Date(),
  pastPageSize = 20,
}: FindEventsOptions) => {
  const [countryRows, dates] = await Promise.all([
    prisma.country.findMany({
      where: {
        ...published,
        OR: [
          { events: { some: published } },
          { mechanisms: { some: { ...published, events: { some: published } } } },
        ],
      },
      select: { slug: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.event.findMany({ where: published, select: { startsOn: true }, distinct: 'startsOn' }),
  ]);
  const collator = new Intl.Collator(locale);
  const countries = countryRows
    .map(({ slug, translations }) => ({
      slug,
      name: pickTranslation(translations, locale, 'es')?.name ?? slug,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const years = [...new Set(dates.map(({ startsOn }) => startsOn.getUTCFullYear()))].sort(
    (a, b) => b - a,
  );
  // A country no event belongs to is dropped like any other invalid filter.
  const country = countries.find((c) => c.slug === filters.country)?.slug;

  const matching: Prisma.EventWhereInput[] = [
    published,
    // An event belongs to a country where it takes place or whose mechanisms take part in it.
    country
      ? {
          OR: [
            { country: { slug: country } },
            { mechanisms: { some: { ...published, country: { slug: country } } } },
          ],
        }
      : {},
    filters.kind ? { kind: filters.kind } : {},
    filters.year
      ? {
          startsOn: {
            gte: new Date(Date.UTC(filters.year, 0, 1)),
            lt: new Date(Date.UTC(filters.year + 1, 0, 1)),
          },
        }
      : {},
  ];
  const pastWhere = { AND: [...matching, timing(today, 'past')] };
  const [upcoming, pastCount] = await Promise.all([
    prisma.event.findMany({
      where: { AND: [...matching, timing(today, 'upcoming')] },
      select: eventSummarySelect,
      orderBy: [{ startsOn: 'asc' }, { slug: 'asc' }],
    }),
    prisma.event.count({ where: pastWhere }),
  ]);
  const pageCount = Math.max(1, Math.ceil(pastCount / pastPageSize));
  const page = Math.min(filters.page ?? 1, pageCount);
  const past = await prisma.event.findMany({
    where: pastWhere,
    select: eventSummarySelect,
    orderBy: [{ startsOn: 'desc' }, { slug: 'desc' }],
    skip: (page - 1) * pastPageSize,
    take: pastPageSize,
  });

  return {
    upcoming: upcoming.map((row) => toEventSummary(row, locale)),
    past: past.map((row) => toEventSummary(row, locale)),
    pastCount,
    pageCount,
    countries,
    years,
    /** The filters actually applied, for the form and the page links. */
    filters: { ...filters, country, page },
  };
};
