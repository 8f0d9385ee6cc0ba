import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { cache } from 'react';

import {
  type TCorrectionEntityType,
  ZCorrectionPageQuerySchema,
} from '@/lib/validation/corrections';
import type { TSearchParams } from '@/lib/validation/search-params';
import { getCorrectionTarget } from '@/server/corrections/get-correction-target';
import { buildNotFoundMetadata } from '@/server/seo/build-not-found-metadata';

import { buildCorrectionMetadata } from './build-correction-metadata';
import { CorrectionPage } from './correction-page';

/** What Next.js passes the correction page of a country or mechanism. */
export type CorrectionRouteProps = {
  params: Promise<{ locale: Locale; slug: string }>;
  searchParams: Promise<TSearchParams>;
};

// Metadata and page share one query per request.
const loadTarget = cache((entityType: TCorrectionEntityType, slug: string, locale: Locale) =>
  getCorrectionTarget({ entityType, slug, locale }),
);

/** A correction route's `generateMetadata`: the target's name, or the not-found title. */
export const generateCorrectionMetadata = async (
  entityType: TCorrectionEntityType,
  { params }: CorrectionRouteProps,
): Promise<Metadata> => {
  const { locale, slug } = await params;
  const target = await loadTarget(entityType, slug, locale);
  return target ? buildCorrectionMetadata(target, locale) : buildNotFoundMetadata(locale);
};

export type CorrectionRoutePageProps = CorrectionRouteProps & { entityType: TCorrectionEntityType };

/** A correction route's page: the published target by slug (else 404), then its form. */
export const CorrectionRoutePage = async ({
  entityType,
  params,
  searchParams,
}: CorrectionRoutePageProps) => {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const target = await loadTarget(entityType, slug, locale);
  if (!target) notFound();
  const query = ZCorrectionPageQuerySchema.parse(await searchParams);
  return <CorrectionPage target={target} locale={locale} query={query} />;
};
