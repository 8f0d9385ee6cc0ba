import 'server-only';

import { prisma } from '@/server/db';

export type GetRecommendationCitationOptions = { id: string };

/** "CAT/C/ARG/CO/7 § 12" and the public slug, for a reviewer looking at a proposed follow-up. */
export const getRecommendationCitation = async ({ id }: GetRecommendationCitationOptions) => {
  const row = await prisma.recommendation.findUnique({
    where: { id },
    select: { slug: true, symbol: true, paragraph: true },
  });
  return row && { slug: row.slug, citation: `${row.symbol} § ${row.paragraph}` };
};
