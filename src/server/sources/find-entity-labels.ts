import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { CitedEntityType } from '@/lib/facts';
import { prisma } from '@/server/db';
import { pickOfficialName } from '@/server/i18n/pick-official-name';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type FindEntityLabelsOptions = {
  entityType: CitedEntityType;
  ids: string[];
  locale: AppLocale;
};

/** Names of countries or mechanisms for back-office lists: id → label and public path. */
export const findEntityLabels = async ({ entityType, ids, locale }: FindEntityLabelsOptions) => {
  const labels = new Map<string, { label: string; path: string }>();
  if (ids.length === 0) return labels;
  if (entityType === 'country') {
    const rows = await prisma.country.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
    });
    for (const row of rows) {
      const name = pickTranslation(row.translations, locale, 'es')?.name ?? row.slug;
      labels.set(row.id, { label: name, path: `/countries/${row.slug}` });
    }
    return labels;
  }
  const rows = await prisma.mechanism.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      acronym: true,
      jurisdiction: true,
      originalLocale: true,
      translations: { select: { locale: true, name: true } },
    },
  });
  for (const row of rows) {
    // As toMechanismLabel does (not imported: src/server/mechanisms imports this folder).
    const name =
      pickOfficialName(row.translations, row.originalLocale, locale)?.name ??
      row.acronym ??
      row.slug;
    const label =
      row.jurisdiction && !name.includes(row.jurisdiction) ? `${name} (${row.jurisdiction})` : name;
    labels.set(row.id, { label, path: `/mechanisms/${row.slug}` });
  }
  return labels;
};
