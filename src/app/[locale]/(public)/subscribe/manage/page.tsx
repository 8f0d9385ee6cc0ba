import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { linkPageMetadata } from '@/lib/link-page-metadata';
import { ZSubscriptionPageQuerySchema } from '@/lib/validation/subscriptions';
import { getSubscriptionPage } from '@/server/subscriptions/get-subscription-page';

import { InvalidLink } from '../invalid-link';
import { ManageView } from './manage-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Subscribe.manage' });
  return linkPageMetadata(t('title'));
};

export default async function ManageSubscriptionPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, done } = ZSubscriptionPageQuerySchema.parse(await searchParams);
  const subscription = token ? await getSubscriptionPage({ token, locale }) : null;
  if (!token || !subscription) {
    const t = await getTranslations('Subscribe.manage');
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <InvalidLink message={t('invalid')} />
      </div>
    );
  }
  return <ManageView locale={locale} token={token} done={done} subscription={subscription} />;
}
