import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { FormValues } from '@/lib/forms/form-state';
import { prisma } from '@/server/db';

import { findFollowOptions } from './find-follow-options';
import { findSubscriberByToken } from './find-subscriber-by-token';

/** `ana.lopez@example.org` → `a•••@example.org`: enough to recognise, not to copy. */
const maskEmail = (email: string) => {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, Math.min(1, at))}•••${email.slice(at)}`;
};

export type GetSubscriptionPageOptions = { token: string; locale: AppLocale };

/**
 * What the preferences page shows for a manage link: the stored subscription (the address
 * masked: a forwarded mail must not hand it to whoever opens the link), the form's current
 * values and its choices. Null for a bad link.
 */
export const getSubscriptionPage = async ({ token, locale }: GetSubscriptionPageOptions) => {
  const subscriber = await findSubscriberByToken(token, 'manage');
  if (!subscriber) return null;
  const [options, mailsSent] = await Promise.all([
    findFollowOptions(locale),
    prisma.mailDelivery.count({ where: { subscriberId: subscriber.id, status: 'SENT' } }),
  ]);
  const values: FormValues = {
    locale: subscriber.locale,
    frequency: subscriber.frequency,
    contentTypes: subscriber.contentTypes,
    countryIds: subscriber.countryIds,
    mechanismIds: subscriber.mechanismIds,
    themeIds: subscriber.themeIds,
  };
  return {
    maskedEmail: maskEmail(subscriber.email),
    locale: subscriber.locale,
    frequency: subscriber.frequency,
    createdAt: subscriber.createdAt,
    confirmedAt: subscriber.confirmedAt,
    mailsSent,
    values,
    options,
  };
};
