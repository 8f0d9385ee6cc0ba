import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { findFollowOptions } from '@/server/subscriptions/find-follow-options';

import { SubscribeView } from './subscribe-view';

type SubscribePageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: SubscribePageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Subscribe' });
  return buildPageMetadata({
    locale,
    path: '/subscribe',
    title: t('title'),
    description: t('description'),
  });
};

export default async function SubscribePage({ params }: SubscribePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const options = await findFollowOptions(locale);
  return <SubscribeView locale={locale} options={options} />;
}
