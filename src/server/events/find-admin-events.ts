import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { prisma } from '@/server/db';

export type FindAdminEventsOptions = TAdminListQuerySchema & { locale: AppLocale };

/** Drafts and published events, newest changes first. */
export const findAdminEvents = async ({ locale, lacks, status }: FindAdminEventsOptions) => {
  const rows = await prisma.event.findMany({
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
