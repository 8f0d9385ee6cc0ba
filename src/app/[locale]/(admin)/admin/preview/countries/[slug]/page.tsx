import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

import { CountryView } from '@/app/[locale]/(public)/countries/[slug]/country-view';
import { PreviewBanner } from '@/components/admin/preview-banner';
import { requirePageUser } from '@/server/auth/require-page-user';
import { getContentRef } from '@/server/content/get-content-ref';
import { getCountry } from '@/server/countries/get-country';

type PageProps = { params: Promise<{ locale: Locale; slug: string }> };

// Drafts must never end up in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The public page of a draft (or published) country, for signed-in staff only. */
export default async function PreviewCountryPage({ params }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'countries.edit');
  const country = await getCountry({ slug, locale, includeDrafts: true });
  if (!country) notFound();
  const row = await getContentRef({ kind: 'country', slug });
  if (!row) notFound();
  return (
    <>
      <PreviewBanner status={row.status} editHref={`/admin/countries/${row.id}`} />
      <CountryView country={country} />
    </>
  );
}
