import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TAdminListQuerySchema } from '@/lib/validation/admin-list';
import { toAdminListRow } from '@/server/content/admin-list-row';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type FindAdminMechanismsOptions = TAdminListQuerySchema & { locale: AppLocale };

/** By country; a mechanism "lacks" a language when it has no name in it. */
export const findAdminMechanisms = async ({
  locale,
  lacks,
  status,
}: FindAdminMechanismsOptions) => {
  const rows = await prisma.mechanism.findMany({
    where: {
      status,
      ...(lacks && { translations: { none: { locale: lacks, name: { not: null } } } }),
    },
    select: {
      id: true,
      slug: true,
      status: true,
      updatedAt: true,
      originalLocale: true,
      level: true,
      jurisdiction: true,
      acronym: true,
      country: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
      translations: { select: { locale: true, name: true } },
    },
    orderBy: [{ country: { slug: 'asc' } }, { level: 'asc' }, { slug: 'asc' }],
    take: 1000,
  });
  return rows.map((row) => ({
    ...toAdminListRow(row, locale, 'name'),
    acronym: row.acronym,
    jurisdiction: row.jurisdiction,
    countryName: pickTranslation(row.country.translations, locale, 'es')?.name ?? row.country.slug,
  }));
};
