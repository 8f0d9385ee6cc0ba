import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import { buildCorrectionMetadata } from '@/components/corrections/build-correction-metadata';
import { CorrectionPage } from '@/components/corrections/correction-page';
import { ZCorrectionPageQuerySchema } from '@/lib/validation/corrections';
import type { TSearchParams } from '@/lib/validation/search-params';
import { getCorrectionTarget } from '@/server/corrections/get-correction-target';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';

type PageProps = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<TSearchParams>;
};

// Metadata and page share one query per request.
const loadTarget = cache((slug: string, locale: Locale) =>
  getCorrectionTarget({ entityType: 'country', slug, locale }),
);

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale, slug } = await params;
  const target = await loadTarget(slug, locale);
  return target ? buildCorrectionMetadata(target, locale) : buildNotFoundMetadata(locale);
};

export default async function CountryCorrectionPage({ params, searchParams }: PageProps) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const target = await loadTarget(slug, locale);
  if (!target) notFound();
  const query = ZCorrectionPageQuerySchema.parse(await searchParams);
  return <CorrectionPage target={target} locale={locale} query={query} />;
}
