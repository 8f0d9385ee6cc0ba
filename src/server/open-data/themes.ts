import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiPageQuerySchema } from '@/lib/validation/open-data';
import { findDocumentFacets } from '@/server/documents/find-document-facets';
import { findNewsFacets } from '@/server/news/find-news-facets';

import { apiUrl } from './api-urls';
import { itemBody, listBody, pageOf } from './list-body';

type ThemeOption = { slug: string; label: string; labelLocale: AppLocale };

/** The themes readers can filter the library or the news by, sorted by label. */
const findPublicThemes = async (lang: AppLocale) => {
  const [documentFacets, newsFacets] = await Promise.all([
    findDocumentFacets({ locale: lang, selected: {} }),
    findNewsFacets({ locale: lang }),
  ]);
  const bySlug = new Map<string, ThemeOption>();
  for (const theme of [...documentFacets.themes, ...newsFacets.themes])
    bySlug.set(theme.slug, theme);
  const collator = new Intl.Collator(lang);
  return [...bySlug.values()].sort((a, b) => collator.compare(a.label, b.label));
};

const toApiTheme = (theme: ThemeOption, lang: AppLocale) => ({
  slug: theme.slug,
  label: theme.label,
  languages: { label: theme.labelLocale },
  links: {
    self: apiUrl(`/themes/${theme.slug}`, { lang }),
    documents: apiUrl('/documents', { theme: theme.slug, lang }),
  },
});

/** GET /api/v1/themes: the themes of published documents and news. */
export const listApiThemes = async (query: z.output<typeof ZApiPageQuerySchema>) => {
  const themes = await findPublicThemes(query.lang);
  return listBody({
    path: '/themes',
    query,
    total: themes.length,
    items: pageOf(themes, query).map((theme) => toApiTheme(theme, query.lang)),
  });
};

/** GET /api/v1/themes/{slug}. */
export const getApiTheme = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const theme = (await findPublicThemes(lang)).find((t) => t.slug === slug);
  return theme ? itemBody(toApiTheme(theme, lang), lang) : null;
};
