import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TCorrectionEntityType } from '@/lib/validation/corrections';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type GetCorrectionTargetOptions = {
  entityType: TCorrectionEntityType;
  slug: string;
  locale: AppLocale;
};

export type CorrectionTarget = NonNullable<Awaited<ReturnType<typeof getCorrectionTarget>>>;

const published = { status: 'PUBLISHED' } as const;

/**
 * The published country or mechanism a visitor may propose a correction for, named as its page
 * names it; null for drafts and unknown slugs.
 */
export const getCorrectionTarget = async ({
  entityType,
  slug,
  locale,
}: GetCorrectionTargetOptions) => {
  if (entityType === 'country') {
    const row = await prisma.country.findFirst({
      where: { slug, ...published },
      select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
    });
    if (!row) return null;
    const name = pickTranslation(row.translations, locale, 'es');
    return {
      entityType,
      id: row.id,
      slug: row.slug,
      country: { name: name?.name ?? row.slug, nameLocale: name?.shownLocale ?? locale },
      mechanism: null,
    };
  }
  const row = await prisma.mechanism.findFirst({
    where: { slug, ...published, country: published },
    select: { id: true, ...mechanismRefSelect },
  });
  if (!row) return null;
  return {
    entityType,
    id: row.id,
    slug: row.slug,
    country: null,
    mechanism: toMechanismRef(row, locale),
  };
};
