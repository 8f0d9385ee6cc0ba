import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZSearchPageQuerySchema } from '@/lib/validation/search';
import { type TSearchParams } from '@/lib/validation/search-params';
import { logger } from '@/server/log/logger';
import { searchContent } from '@/server/search/search-content';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { SearchView } from './search-view';

type SearchPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({
  params,
  searchParams,
}: SearchPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const { q } = ZSearchPageQuerySchema.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const metadata = buildPageMetadata({
    locale,
    path: '/search',
    title: q.trim() ? t('titleWithQuery', { query: q.trim() }) : t('title'),
    description: t('description'),
  });
  // Result pages repeat content that has its own pages: followed, never indexed.
  return { ...metadata, robots: { index: false, follow: true } };
};

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZSearchPageQuerySchema.parse(await searchParams);
  const result = await searchContent({ locale, query }).catch((error: unknown) => {
    // Shown in the page (the form stays usable) and logged for the operators.
    logger.error({ err: error }, 'search: failed');
    return null;
  });
  if (!result) return <SearchView status="error" q={query.q.trim()} />;
  return <SearchView status="ok" result={result} />;
}
