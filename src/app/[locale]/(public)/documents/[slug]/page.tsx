import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { getDocument } from '@/server/documents/get-document';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { toMetaDescription } from '@/server/seo/to-meta-description';

import { DocumentView } from './document-view';

type DocumentPageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Metadata and page share one query per request.
const loadDocument = cache((slug: string, locale: Locale) => getDocument({ slug, locale }));

export const generateMetadata = async ({ params }: DocumentPageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const document = await loadDocument(slug, locale);
  if (!document) return buildNotFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: 'Document' });
  return buildPageMetadata({
    locale,
    path: `/documents/${document.slug}`,
    title: document.title,
    description:
      toMetaDescription(document.summary?.text) || t('typeLabel', { type: document.type }),
    article: { publishedOn: document.datePrecision === 'DAY' ? document.publishedOn : null },
  });
};

export default async function DocumentPage({ params }: DocumentPageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const document = await loadDocument(slug, locale);
  if (!document) notFound();
  return <DocumentView document={document} />;
}
