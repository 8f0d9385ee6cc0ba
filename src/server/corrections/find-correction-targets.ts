import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TCorrectionEntityType } from '@/lib/validation/corrections';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { toMechanismLabel } from '@/server/mechanisms/to-mechanism-label';

export type CorrectionTargetRef = { entityType: TCorrectionEntityType; entityId: string };

export type CorrectionTargetLabel = {
  /** The name in `locale` (or another language); a mechanism's with its country's. */
  label: string;
  /** Public page and back-office edit page, without the locale. */
  publicPath: string;
  adminPath: string;
};

export type FindCorrectionTargetsOptions = {
  refs: readonly CorrectionTargetRef[];
  locale: AppLocale;
};

const idsOf = (refs: readonly CorrectionTargetRef[], type: TCorrectionEntityType) => [
  ...new Set(refs.filter((ref) => ref.entityType === type).map((ref) => ref.entityId)),
];

/**
 * Names and links of the countries and mechanisms that corrections are about, in two queries
 * whatever their number; the lookup gives null for one deleted since.
 */
export const findCorrectionTargets = async ({ refs, locale }: FindCorrectionTargetsOptions) => {
  const countryName = { select: { translations: { select: { locale: true, name: true } } } };
  const [countries, mechanisms] = await Promise.all([
    prisma.country.findMany({
      where: { id: { in: idsOf(refs, 'country') } },
      select: { id: true, slug: true, ...countryName.select },
    }),
    prisma.mechanism.findMany({
      where: { id: { in: idsOf(refs, 'mechanism') } },
      select: {
        id: true,
        slug: true,
        acronym: true,
        translations: { select: { locale: true, name: true } },
        country: countryName,
      },
    }),
  ]);
  const nameOf = (row: { slug: string; translations: { locale: AppLocale; name: string }[] }) =>
    pickTranslation(row.translations, locale, 'es')?.name ?? row.slug;
  const labels = new Map<string, CorrectionTargetLabel>([
    ...countries.map(
      (row) =>
        [
          `country:${row.id}`,
          {
            label: nameOf(row),
            publicPath: `/countries/${row.slug}`,
            adminPath: `/admin/countries/${row.id}`,
          },
        ] as const,
    ),
    ...mechanisms.map(
      (row) =>
        [
          `mechanism:${row.id}`,
          {
            label: `${toMechanismLabel(row, locale)} (${nameOf({ slug: '', ...row.country })})`,
            publicPath: `/mechanisms/${row.slug}`,
            adminPath: `/admin/mechanisms/${row.id}`,
          },
        ] as const,
    ),
  ]);
  return (ref: CorrectionTargetRef) => labels.get(`${ref.entityType}:${ref.entityId}`) ?? null;
};
