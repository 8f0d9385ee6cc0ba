import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { documentFeedHref } from '@/lib/feed-hrefs';
import { DOCUMENT_FILTER_KEYS, ZDocumentListQuerySchema } from '@/lib/validation/documents';
import { findDocuments } from '@/server/documents/find-documents';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { DocumentsView } from './documents-view';

type DocumentsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({
  params,
  searchParams,
}: DocumentsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const query = ZDocumentListQuerySchema.parse(await searchParams);
  const [t, tFeeds] = await Promise.all([
    getTranslations({ locale, namespace: 'LibraryPage' }),
    getTranslations({ locale, namespace: 'Feeds' }),
  ]);
  const metadata = buildPageMetadata({
    locale,
    path: '/documents',
    title: t('title'),
    description: t('description'),
    // Autodiscovery of the feed of this very list: same filters.
    feeds: [
      {
        type: 'application/atom+xml',
        href: documentFeedHref(query),
        title: tFeeds('documentsFeed'),
      },
    ],
  });
  // Filtered and later pages repeat the library's content: followed, not indexed.
  const isVariant = query.page > 1 || DOCUMENT_FILTER_KEYS.some((key) => query[key] !== undefined);
  return isVariant ? { ...metadata, robots: { index: false, follow: true } } : metadata;
};

export default async function DocumentsPage({ params, searchParams }: DocumentsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZDocumentListQuerySchema.parse(await searchParams);
  const result = await findDocuments({ locale, query });
  return <DocumentsView result={result} />;
}
