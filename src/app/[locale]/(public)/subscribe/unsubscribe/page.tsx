import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { linkPageMetadata } from '@/lib/link-page-metadata';
import { ZSubscriptionPageQuerySchema } from '@/lib/validation/subscriptions';
import { findSubscriberByToken } from '@/server/subscriptions/find-subscriber-by-token';

import { UnsubscribeView } from './unsubscribe-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Subscribe.unsubscribe' });
  return linkPageMetadata(t('title'));
};

// The mailed "unsubscribe" link: opening it changes nothing, the button does (mail clients'
// one-click unsubscribe POSTs to /api/subscriptions/unsubscribe instead).
export default async function UnsubscribePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token, done } = ZSubscriptionPageQuerySchema.parse(await searchParams);
  if (done === 'deleted') return <UnsubscribeView locale={locale} state="done" />;
  const valid = token ? await findSubscriberByToken(token, 'unsubscribe') : null;
  if (!token || !valid) return <UnsubscribeView locale={locale} state="invalid" />;
  return <UnsubscribeView locale={locale} state="ask" token={token} />;
}
