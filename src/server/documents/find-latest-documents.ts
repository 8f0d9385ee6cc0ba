import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';

export type FindLatestDocumentsOptions = { locale: AppLocale; take?: number };

export const findLatestDocuments = async ({ locale, take = 5 }: FindLatestDocumentsOptions) => {
  const rows = await prisma.document.findMany({
    where: { status: 'PUBLISHED' },
    select: documentSummarySelect,
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
    take,
  });
  return rows.map((row) => toDocumentSummary(row, locale));
};
