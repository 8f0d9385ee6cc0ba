import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AuthForm } from '@/components/auth/auth-form';
import { Link } from '@/i18n/link';
import { deleteSubscriptionAction } from '@/server/subscriptions/actions';

import { InvalidLink } from '../invalid-link';

export type UnsubscribeViewProps = { locale: Locale } & (
  { state: 'ask'; token: string } | { state: 'done' | 'invalid' }
);

export const UnsubscribeView = async (props: UnsubscribeViewProps) => {
  const t = await getTranslations('Subscribe.unsubscribe');
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
      {props.state === 'ask' && (
        <>
          <p>{t('intro')}</p>
          <AuthForm
            action={deleteSubscriptionAction.bind(null, props.locale, 'unsubscribe')}
            submitLabel={t('submit')}
            pendingLabel={t('pending')}
            submitTone="danger"
          >
            <input type="hidden" name="token" value={props.token} />
          </AuthForm>
        </>
      )}
      {props.state === 'done' && (
        <>
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {t('done')}
          </p>
          <p>
            <Link href="/subscribe" className="text-brand-700 underline">
              {t('subscribeAgain')}
            </Link>
          </p>
        </>
      )}
      {props.state === 'invalid' && <InvalidLink message={t('invalid')} />}
    </div>
  );
};
