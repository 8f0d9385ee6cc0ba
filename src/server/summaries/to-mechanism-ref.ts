import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickOfficialName } from '@/server/i18n/pick-official-name';

/** Just enough of a mechanism to name it and link to its page. */
export const mechanismRefSelect = {
  slug: true,
  level: true,
  jurisdiction: true,
  acronym: true,
  originalLocale: true,
  status: true,
  translations: { select: { locale: true, name: true } },
} satisfies Prisma.MechanismSelect;

type MechanismRefRow = Prisma.MechanismGetPayload<{ select: typeof mechanismRefSelect }>;

export type MechanismRef = ReturnType<typeof toMechanismRef>;

export const toMechanismRef = (row: MechanismRefRow, locale: AppLocale) => {
  const name = pickOfficialName(row.translations, row.originalLocale, locale);
  return {
    slug: row.slug,
    level: row.level,
    jurisdiction: row.jurisdiction,
    acronym: row.acronym,
    name: name?.name ?? null,
    nameLocale: name?.locale ?? locale,
    nameTranslation: name?.translation ?? null,
  };
};
