import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { ZContactPageQuerySchema } from '@/lib/validation/contact';
import type { TSearchParams } from '@/lib/validation/search-params';
import { buildPageMetadata } from '@/server/seo/build-page-metadata';
import { getSiteOperator } from '@/server/site/get-site-operator';

import { ContactView } from './contact-view';

type ContactPageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<TSearchParams>;
};

export const generateMetadata = async ({ params }: ContactPageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Contact' });
  return buildPageMetadata({
    locale,
    path: '/contact',
    title: t('title'),
    description: t('description'),
  });
};

export default async function ContactPage({ params, searchParams }: ContactPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = ZContactPageQuerySchema.parse(await searchParams);
  return <ContactView locale={locale} operator={getSiteOperator()} query={query} />;
}
