import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AuthForm } from '@/components/auth/auth-form';
import { linkPageMetadata } from '@/lib/link-page-metadata';
import { ZSubscriptionPageQuerySchema } from '@/lib/validation/subscriptions';
import { confirmSubscriptionAction } from '@/server/subscriptions/actions';
import { findSubscriberByToken } from '@/server/subscriptions/find-subscriber-by-token';

import { InvalidLink } from '../invalid-link';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = async ({ params }: PageProps): Promise<Metadata> => {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Subscribe.confirm' });
  return linkPageMetadata(t('title'));
};

// Opening the link changes nothing (mail scanners open links too): the button confirms.
export default async function ConfirmSubscriptionPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = ZSubscriptionPageQuerySchema.parse(await searchParams);
  const t = await getTranslations('Subscribe.confirm');
  const valid = token ? await findSubscriberByToken(token, 'confirm') : null;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      {token && valid ? (
        <>
          <p>{t('intro')}</p>
          <AuthForm
            action={confirmSubscriptionAction.bind(null, locale)}
            submitLabel={t('submit')}
            pendingLabel={t('pending')}
          >
            <input type="hidden" name="token" value={token} />
          </AuthForm>
        </>
      ) : (
        <InvalidLink message={t('invalid')} />
      )}
    </div>
  );
}
