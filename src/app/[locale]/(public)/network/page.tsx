import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { findExchangeNetwork } from '@/server/cooperations/find-exchange-network';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';

import { NetworkView } from './network-view';

type NetworkPageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: NetworkPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NetworkPage' });
  return buildPageMetadata({
    locale,
    path: '/network',
    title: t('title'),
    description: t('description'),
  });
};

export default async function NetworkPage({ params }: NetworkPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const network = await findExchangeNetwork({ locale });
  return <NetworkView network={network} />;
}
