import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

export const eventSummarySelect = {
  slug: true,
  kind: true,
  originalLocale: true,
  startsOn: true,
  endsOn: true,
  datePrecision: true,
  city: true,
  online: true,
  /** For feeds and calendars: when the entry last changed, and its iCalendar SEQUENCE. */
  updatedAt: true,
  version: true,
  country: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
  translations: { select: { locale: true, title: true, summary: true, organisers: true } },
} satisfies Prisma.EventSelect;

type EventSummaryRow = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;

export type EventSummary = ReturnType<typeof toEventSummary>;

export const toEventSummary = (row: EventSummaryRow, locale: AppLocale) => {
  const { translations, country, ...facts } = row;
  const text = pickTranslation(translations, locale, row.originalLocale);
  return {
    ...facts,
    title: text?.title ?? row.slug,
    summary: text?.summary ?? null,
    organisers: text?.organisers ?? null,
    shownLocale: text?.shownLocale ?? row.originalLocale,
    isFallback: text?.isFallback ?? false,
    countrySlug: country?.slug ?? null,
    countryName: country
      ? (pickTranslation(country.translations, locale, 'es')?.name ?? null)
      : null,
  };
};
