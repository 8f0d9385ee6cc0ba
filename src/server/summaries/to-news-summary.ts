import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

/**
 * What a list of news shows: date, title and summary (no image: lists stay light). `updatedAt`
 * is the news feed's `updated`, so a reader sees a corrected item again.
 */
export const newsSummarySelect = {
  slug: true,
  originalLocale: true,
  publishedOn: true,
  updatedAt: true,
  translations: { select: { locale: true, title: true, summary: true } },
} satisfies Prisma.NewsSelect;

type NewsSummaryRow = Prisma.NewsGetPayload<{ select: typeof newsSummarySelect }>;

export type NewsSummary = ReturnType<typeof toNewsSummary>;

/** Latest first (on the same date, the last written first), the same on every list and page. */
export const newsOrder = [
  { publishedOn: 'desc' },
  { createdAt: 'desc' },
  { slug: 'asc' },
] as const satisfies Prisma.NewsOrderByWithRelationInput[];

export const toNewsSummary = (row: NewsSummaryRow, locale: AppLocale) => {
  const { translations, ...facts } = row;
  const text = pickTranslation(translations, locale, row.originalLocale);
  return {
    ...facts,
    title: text?.title ?? row.slug,
    summary: text?.summary ?? null,
    shownLocale: text?.shownLocale ?? row.originalLocale,
    isFallback: text?.isFallback ?? false,
  };
};
