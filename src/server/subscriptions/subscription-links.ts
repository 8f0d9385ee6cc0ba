import 'server-only';

import type { AppLocale } from '@/i18n/routing';

import { siteUrl } from './site-url';
import { signSubscriptionToken, type TokenPurpose } from './subscription-token';

export type SubscriptionLinksOptions = {
  subscriber: { id: string; locale: AppLocale; tokenVersion: number };
  now?: Date;
};

/**
 * The signed links a mail carries, on SITE_URL. `oneClick` is the List-Unsubscribe address: a
 * POST there unsubscribes (RFC 8058), a GET shows the page with the button.
 */
export const subscriptionLinks = ({ subscriber, now = new Date() }: SubscriptionLinksOptions) => {
  const { id: subscriberId, locale, tokenVersion: version } = subscriber;
  const token = (purpose: TokenPurpose) =>
    signSubscriptionToken({ purpose, subscriberId, version }, now);
  const unsubscribe = token('unsubscribe');
  return {
    confirm: siteUrl('/subscribe/confirm', { locale, query: { token: token('confirm') } }),
    manage: siteUrl('/subscribe/manage', { locale, query: { token: token('manage') } }),
    unsubscribe: siteUrl('/subscribe/unsubscribe', { locale, query: { token: unsubscribe } }),
    oneClick: siteUrl('/api/subscriptions/unsubscribe', {
      query: { token: unsubscribe, lang: locale },
    }),
  };
};

export type SubscriptionLinks = ReturnType<typeof subscriptionLinks>;
