import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiNewsListQuerySchema } from '@/lib/validation/open-data';
import { findNews } from '@/server/news/find-news';
import { getNewsItem } from '@/server/news/get-news-item';
import type { NewsSummary } from '@/server/summaries/to-news-summary';

import { apiUrl, pageUrl, toApiDate } from './api-urls';
import { itemBody, listBody } from './list-body';
import { toLabelled } from './to-labelled';

export const toApiNews = (item: NewsSummary, lang: AppLocale) => ({
  slug: item.slug,
  title: item.title,
  summary: item.summary,
  // Title, summary and body come from one translation, so an item reads as one text.
  languages: { title: item.shownLocale, summary: item.shownLocale },
  originalLanguage: item.originalLocale,
  publishedOn: toApiDate(item.publishedOn)!,
  updatedAt: item.updatedAt.toISOString(),
  links: {
    self: apiUrl(`/news/${item.slug}`, { lang }),
    html: pageUrl(lang, `/news/${item.slug}`),
  },
});

/** GET /api/v1/news: the news list with its filters, latest first. */
export const listApiNews = async (query: z.output<typeof ZApiNewsListQuerySchema>) => {
  const { lang, perPage, ...filters } = query;
  const result = await findNews({ locale: lang, query: filters, perPage });
  // The finder shows the last page for a page past it; the API answers an empty page instead.
  const items = result.page === query.page ? result.items : [];
  return listBody({
    path: '/news',
    query,
    total: result.total,
    items: items.map((item) => toApiNews(item, lang)),
  });
};

/** GET /api/v1/news/{slug}: one published news item with its body (Markdown). */
export const getApiNewsItem = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const item = await getNewsItem({ slug, locale: lang });
  if (!item) return null;
  return itemBody(
    {
      ...toApiNews(item, lang),
      body: item.body,
      languages: { title: item.shownLocale, summary: item.shownLocale, body: item.shownLocale },
      countries: item.countries.map(toLabelled),
      mechanisms: item.mechanisms.map(({ slug, name }) => ({ slug, name })),
      themes: item.themes.map(toLabelled),
    },
    lang,
  );
};
