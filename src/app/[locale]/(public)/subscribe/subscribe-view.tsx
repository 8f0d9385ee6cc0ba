import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AuthField } from '@/components/auth/auth-field';
import { AuthForm } from '@/components/auth/auth-form';
import { FollowFields, type FollowFieldsProps } from '@/components/subscriptions/follow-fields';
import { FOLLOWED_TYPE_KEYS } from '@/lib/subscriptions/followed-types';
import { requestLinkAction, subscribeAction } from '@/server/subscriptions/actions';

export type SubscribeViewProps = FollowFieldsProps & { locale: Locale };

export const SubscribeView = async ({ locale, options }: SubscribeViewProps) => {
  const t = await getTranslations('Subscribe');
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>
      <AuthForm
        action={subscribeAction.bind(null, locale)}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
        // Everything of every type, as soon as published, in the page's language: one address
        // and a click is a complete subscription.
        initialValues={{ contentTypes: [...FOLLOWED_TYPE_KEYS], frequency: 'IMMEDIATE', locale }}
      >
        <AuthField
          name="email"
          type="email"
          label={t('email')}
          hint={t('emailHint')}
          autoComplete="email"
        />
        <FollowFields options={options} />
        <p className="text-sm text-slate-700">{t('privacy')}</p>
      </AuthForm>
      <section aria-labelledby="lost-link" className="space-y-3 border-t border-slate-200 pt-6">
        <h2 id="lost-link" className="text-xl font-semibold text-brand-900">
          {t('lostLink.heading')}
        </h2>
        <p>{t('lostLink.intro')}</p>
        <AuthForm
          action={requestLinkAction.bind(null, locale)}
          submitLabel={t('lostLink.submit')}
          pendingLabel={t('lostLink.pending')}
        >
          <AuthField name="address" type="email" label={t('email')} autoComplete="email" />
        </AuthForm>
      </section>
    </div>
  );
};
