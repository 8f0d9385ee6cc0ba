import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type FindMechanismChoicesOptions = { locale: AppLocale };

/** Every mechanism (drafts too) as id + name, sorted by name, for the focal point's select. */
export const findMechanismChoices = async ({ locale }: FindMechanismChoicesOptions) => {
  const rows = await prisma.mechanism.findMany({ select: { id: true, ...mechanismRefSelect } });
  const collator = new Intl.Collator(locale);
  return rows
    .map((row) => {
      const ref = toMechanismRef(row, locale);
      return { value: row.id, label: ref.name ?? ref.acronym ?? ref.slug };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
};
