import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { prisma } from '@/server/db';

export type FindAdminCountriesOptions = TAdminListQuerySchema & { locale: AppLocale };

export const findAdminCountries = async ({ locale, lacks, status }: FindAdminCountriesOptions) => {
  const rows = await prisma.country.findMany({
    where: { status, ...(lacks && { translations: { none: { locale: lacks } } }) },
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      opcatStatus: true,
      translations: { select: { locale: true, name: true } },
    },
    orderBy: { slug: 'asc' },
  });
  return rows.map((row) => ({
    ...toAdminListRow(row, locale, 'name'),
    opcatStatus: row.opcatStatus,
  }));
};
