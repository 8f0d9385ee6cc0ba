import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { requirePageUser } from '@/server/auth/require-page-user';
import { getMailQueueOverview } from '@/server/subscriptions/get-mail-queue-overview';

import { MailQueueView } from './mail-queue-view';

type PageProps = { params: Promise<{ locale: Locale }> };

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminMailQueue' });
  return { title: t('title') };
};

export default async function AdminMailQueuePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageUser(locale, 'mail.queue');
  const overview = await getMailQueueOverview({
    actor: { ...user, mechanismId: user.mechanismId ?? null },
  });
  return <MailQueueView overview={overview} />;
}
