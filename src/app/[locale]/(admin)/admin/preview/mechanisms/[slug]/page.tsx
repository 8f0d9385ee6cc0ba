import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { MechanismView } from '@/app/[locale]/(public)/mechanisms/[slug]/mechanism-view';
import { PreviewBanner } from '@/components/admin/preview-banner';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getContentRef } from '@/server/content/get-content-ref';
import { getMechanism } from '@/server/mechanisms/get-mechanism';

type PageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Drafts must never end up in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public page of a draft (or published) mechanism, for signed-in staff only. */
export default async function PreviewMechanismPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const mechanism = await getMechanism({ slug, locale, includeDrafts: true });
  if (!mechanism) notFound();
  const row = await getContentRef({ kind: 'mechanism', slug });
  if (!row) notFound();
  return (
    <>
      <PreviewBanner status={row.status} editHref={`/admin/mechanisms/${row.id}`} />
      <MechanismView mechanism={mechanism} />
    </>
  );
}
