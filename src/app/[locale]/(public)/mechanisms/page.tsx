import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZMechanismListQuerySchema } from '@/lib/validation/mechanisms';
import type { TSearchParams } from '@/lib/validation/search-params';
import { findMechanisms } from '@/server/mechanisms/find-mechanisms';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { MechanismsView } from './mechanisms-view';

type MechanismsPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({ params }: MechanismsPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'MechanismsPage' });
  return buildPageMetadata({
    locale,
    path: '/mechanisms',
    title: t('title'),
    description: t('description'),
  });
};

export default async function MechanismsPage({ params, searchParams }: MechanismsPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = ZMechanismListQuerySchema.parse(await searchParams);
  const directory = await findMechanisms({ locale, filters });
  return <MechanismsView directory={directory} />;
}
