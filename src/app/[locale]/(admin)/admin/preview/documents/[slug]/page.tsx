import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { DocumentView } from '@/app/[locale]/(public)/documents/[slug]/document-view';
import { PreviewBanner } from '@/components/admin/preview-banner';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getContentRef } from '@/server/content/get-content-ref';
import { getDocument } from '@/server/documents/get-document';

type PageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Drafts must never end up in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public page of a draft (or published) document, for signed-in staff only. */
export default async function PreviewDocumentPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const document = await getDocument({ slug, locale, includeDrafts: true });
  if (!document) notFound();
  const row = await getContentRef({ kind: 'document', slug });
  if (!row) notFound();
  return (
    <>
      <PreviewBanner status={row.status} editHref={`/admin/documents/${row.id}`} />
      <DocumentView document={document} />
    </>
  );
}
