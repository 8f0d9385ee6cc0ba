import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { NewsView } from '@/app/[locale]/(public)/news/[slug]/news-view';
import { PreviewBanner } from '@/components/admin/preview-banner';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getContentRef } from '@/server/content/get-content-ref';
import { getNewsItem } from '@/server/news/get-news-item';

type PageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Drafts must never end up in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public page of a draft (or published) news item, for signed-in staff only. */
export default async function PreviewNewsPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [news, row] = await Promise.all([
    getNewsItem({ slug, locale, includeDrafts: true }),
    getContentRef({ kind: 'news', slug }),
  ]);
  if (!news || !row) notFound();
  return (
    <>
      <PreviewBanner status={row.status} editHref={`/admin/news/${row.id}`} />
      <NewsView news={news} />
    </>
  );
}
