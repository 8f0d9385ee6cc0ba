import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';

export type FindLatestEventsOptions = { locale: AppLocale; take?: number };

/** Upcoming events first (soonest first), then the most recent past ones. */
export const findLatestEvents = async ({ locale, take = 4 }: FindLatestEventsOptions) => {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const [upcoming, past] = await Promise.all([
    prisma.event.findMany({
      where: { status: 'PUBLISHED', startsOn: { gte: today } },
      select: eventSummarySelect,
      orderBy: { startsOn: 'asc' },
      take,
    }),
    prisma.event.findMany({
      where: { status: 'PUBLISHED', startsOn: { lt: today } },
      select: eventSummarySelect,
      orderBy: { startsOn: 'desc' },
      take,
    }),
  ]);
  return {
    upcoming: upcoming.map((row) => toEventSummary(row, locale)),
    past: past
      .slice(0, Math.max(0, take - upcoming.length))
      .map((row) => toEventSummary(row, locale)),
  };
};
