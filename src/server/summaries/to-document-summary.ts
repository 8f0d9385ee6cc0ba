import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

export const documentSummarySelect = {
  slug: true,
  type: true,
  originalLocale: true,
  publishedOn: true,
  /** For feeds: when the entry last changed. */
  updatedAt: true,
  datePrecision: true,
  translations: { select: { locale: true, title: true, summary: true } },
} satisfies Prisma.DocumentSelect;

type DocumentSummaryRow = Prisma.DocumentGetPayload<{ select: typeof documentSummarySelect }>;

export type DocumentSummary = ReturnType<typeof toDocumentSummary>;

export const toDocumentSummary = (row: DocumentSummaryRow, locale: AppLocale) => {
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
