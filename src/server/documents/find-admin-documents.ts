import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { prisma } from '@/server/db';

export type FindAdminDocumentsOptions = TAdminListQuerySchema & { locale: AppLocale };

/** Drafts and published documents, newest changes first. */
export const findAdminDocuments = async ({ locale, lacks, status }: FindAdminDocumentsOptions) => {
  const rows = await prisma.document.findMany({
    where: { status, ...(lacks && { translations: { none: { locale: lacks } } }) },
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      originalLocale: true,
      translations: { select: { locale: true, title: true } },
    },
    orderBy: { updatedAt: 'desc' },
    take: 500,
  });
  return rows.map((row) => toAdminListRow(row, locale, 'title'));
};
