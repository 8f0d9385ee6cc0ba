import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import type { TEventListQuerySchema } from '@/lib/validation/events';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';

import { type EventSummary, eventSummarySelect, toEventSummary } from './to-event-summary';

export type FindEventsOptions = {
  locale: AppLocale;
  filters?: TEventListQuerySchema;
  /** Injected by tests; defaults to the current day (UTC). */
  today?: Date;
};

export type EventCalendar = Awaited<ReturnType<typeof findEvents>>;

const published = { status: 'PUBLISHED' } as const;

/** The last day an event may still be running, given how precisely its dates are known. */
const lastDayOf = (event: EventSummary) => {
  if (event.endsOn) return event.endsOn;
  const { startsOn: start, datePrecision } = event;
  if (datePrecision === 'YEAR') return new Date(Date.UTC(start.getUTCFullYear(), 11, 31));
  if (datePrecision === 'MONTH')
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return start;
};

/**
 * Published events matching the filters, split into upcoming (soonest first, including those
 * under way) and past (latest first), with the countries and years to filter by.
 */
export const findEvents = async ({
  locale,
  filters = {},
  today = new Date(),
}: FindEventsOptions) => {
  const startOfToday = new Date(today.toISOString().slice(0, 10));
  // An event belongs to a country where it takes place or whose mechanisms take part in it.
  const inCountry = (country: Prisma.CountryWhereInput): Prisma.EventWhereInput => ({
    OR: [{ country }, { mechanisms: { some: { ...published, country } } }],
  });

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
    prisma.event.findMany({ where: published, select: { startsOn: true } }),
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

  const rows = await prisma.event.findMany({
    where: {
      ...published,
      ...(country && inCountry({ slug: country })),
      kind: filters.kind,
      ...(filters.year && {
        startsOn: {
          gte: new Date(Date.UTC(filters.year, 0, 1)),
          lt: new Date(Date.UTC(filters.year + 1, 0, 1)),
        },
      }),
    },
    select: eventSummarySelect,
    orderBy: [{ startsOn: 'asc' }, { slug: 'asc' }],
  });
  const events = rows.map((row) => toEventSummary(row, locale));
  const isUpcoming = (event: EventSummary) => lastDayOf(event) >= startOfToday;

  return {
    upcoming: events.filter(isUpcoming),
    past: events.filter((event) => !isUpcoming(event)).reverse(),
    countries,
    years,
    /** The filters actually applied, for the form. */
    filters: { ...filters, country },
  };
};
