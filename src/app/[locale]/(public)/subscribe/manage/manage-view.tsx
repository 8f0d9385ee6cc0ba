import type { Locale } from 'next-intl';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { AuthForm } from '@/components/auth/auth-form';
import { FollowFields } from '@/components/subscriptions/follow-fields';
import type { TSubscriptionPageQuerySchema } from '@/lib/validation/subscriptions';
import { deleteSubscriptionAction, updatePreferencesAction } from '@/server/subscriptions/actions';
import type { getSubscriptionPage } from '@/server/subscriptions/get-subscription-page';

export type ManageViewProps = {
  locale: Locale;
  token: string;
  done: TSubscriptionPageQuerySchema['done'];
  subscription: NonNullable<Awaited<ReturnType<typeof getSubscriptionPage>>>;
};

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="sm:flex sm:gap-2">
    <dt className="font-semibold">{term}</dt>
    <dd className="break-words">{children}</dd>
  </div>
);

export const ManageView = async ({ locale, token, done, subscription }: ManageViewProps) => {
  const [t, format] = await Promise.all([getTranslations('Subscribe'), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'long', timeZone: 'UTC' });
  const exportHref = `/api/subscriptions/export?${new URLSearchParams({ token })}`;
  const notice = done === 'confirmed' || done === 'saved' ? t(`manage.notices.${done}`) : null;
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold text-brand-900">{t('manage.title')}</h1>
      {notice && (
        <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
          {notice}
        </p>
      )}
      <section aria-labelledby="stored" className="space-y-3">
        <h2 id="stored" className="text-xl font-semibold text-brand-900">
          {t('manage.storedHeading')}
        </h2>
        <dl className="space-y-1">
          <Fact term={t('manage.address')}>{subscription.maskedEmail}</Fact>
          <Fact term={t('manage.status')}>
            {subscription.confirmedAt
              ? t('manage.confirmedOn', { date: date(subscription.confirmedAt) })
              : t('manage.unconfirmed')}
          </Fact>
          <Fact term={t('manage.subscribedOn')}>{date(subscription.createdAt)}</Fact>
          <Fact term={t('manage.mailsSent')}>
            {t('manage.mailCount', { count: subscription.mailsSent })}
          </Fact>
        </dl>
        <p className="text-sm text-slate-700">{t('manage.addressNote')}</p>
      </section>
      <section aria-labelledby="choices" className="space-y-3">
        <h2 id="choices" className="text-xl font-semibold text-brand-900">
          {t('manage.choicesHeading')}
        </h2>
        <AuthForm
          action={updatePreferencesAction.bind(null, locale)}
          submitLabel={t('manage.save')}
          pendingLabel={t('manage.saving')}
          initialValues={subscription.values}
        >
          <input type="hidden" name="token" value={token} />
          <FollowFields options={subscription.options} />
        </AuthForm>
      </section>
      <section aria-labelledby="export" className="space-y-3">
        <h2 id="export" className="text-xl font-semibold text-brand-900">
          {t('manage.exportHeading')}
        </h2>
        <p>{t('manage.exportText')}</p>
        <p>
          <a href={exportHref} download className="text-brand-700 underline">
            {t('manage.exportLink')}
          </a>
        </p>
      </section>
      <section aria-labelledby="delete" className="space-y-3">
        <h2 id="delete" className="text-xl font-semibold text-brand-900">
          {t('manage.deleteHeading')}
        </h2>
        <p>{t('manage.deleteText')}</p>
        <AuthForm
          action={deleteSubscriptionAction.bind(null, locale, 'manage')}
          submitLabel={t('manage.deleteSubmit')}
          pendingLabel={t('manage.deletePending')}
          submitTone="danger"
        >
          <input type="hidden" name="token" value={token} />
        </AuthForm>
      </section>
    </div>
  );
};
