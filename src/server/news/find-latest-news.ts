import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { newsOrder, newsSummarySelect, toNewsSummary } from '@/server/summaries/to-news-summary';

export type FindLatestNewsOptions = { locale: AppLocale; take?: number };

/** The most recent published news, for the home page. */
export const findLatestNews = async ({ locale, take = 3 }: FindLatestNewsOptions) => {
  const rows = await prisma.news.findMany({
    where: { status: 'PUBLISHED' },
    select: newsSummarySelect,
    orderBy: [...newsOrder],
    take,
  });
  return rows.map((row) => toNewsSummary(row, locale));
};
