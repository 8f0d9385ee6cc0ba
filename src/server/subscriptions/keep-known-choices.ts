import 'server-only';

import type { TFollowSchema } from '@/lib/validation/subscriptions';
import { prisma } from '@/server/db';

/**
 * The follow choices with ids of published countries, mechanisms and themes only: ids that name
 * nothing (tampered forms, since-deleted rows) are dropped rather than stored.
 */
export const keepKnownChoices = async (choices: TFollowSchema): Promise<TFollowSchema> => {
  const [countries, mechanisms, themes] = await Promise.all([
    prisma.country.findMany({
      where: { id: { in: choices.countryIds }, status: 'PUBLISHED' },
      select: { id: true },
    }),
    prisma.mechanism.findMany({
      where: { id: { in: choices.mechanismIds }, status: 'PUBLISHED' },
      select: { id: true },
    }),
    prisma.theme.findMany({ where: { id: { in: choices.themeIds } }, select: { id: true } }),
  ]);
  const keep = (ids: string[], known: { id: string }[]) => {
    const found = new Set(known.map((row) => row.id));
    return ids.filter((id) => found.has(id));
  };
  return {
    ...choices,
    countryIds: keep(choices.countryIds, countries),
    mechanismIds: keep(choices.mechanismIds, mechanisms),
    themeIds: keep(choices.themeIds, themes),
  };
};
