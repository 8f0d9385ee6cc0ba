import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { prisma } from '@/server/db';

export type FindAdminThemesOptions = Pick<TAdminListQuerySchema, 'lacks'> & { locale: AppLocale };

/** Themes are always public: no status column. */
export const findAdminThemes = async ({ locale, lacks }: FindAdminThemesOptions) => {
  const rows = await prisma.theme.findMany({
    where: lacks ? { translations: { none: { locale: lacks } } } : {},
    select: {
      id: true,
      slug: true,
      translations: { select: { locale: true, label: true } },
      _count: { select: { documents: true } },
    },
    orderBy: { slug: 'asc' },
  });
  return rows.map((row) => ({
    ...toAdminListRow(row, locale, 'label'),
    documentCount: row._count.documents,
  }));
};
