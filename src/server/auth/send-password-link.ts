import 'server-only';

import { getTranslations } from 'next-intl/server';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { sendMail } from '@/server/mail/send-mail';

import { createPasswordReset } from './create-password-reset';

export type SendPasswordLinkOptions = {
  user: { id: string; email: string; name: string | null };
  locale: AppLocale;
  /** `reset`: the user asked; `welcome`: an admin created the account. */
  purpose: 'reset' | 'welcome';
};

/**
 * Mails a one-hour, single-use link to set a password. The link's origin is SITE_URL, never the
 * request's Host header (which an attacker could set to receive other people's tokens).
 */
export const sendPasswordLink = async ({ user, locale, purpose }: SendPasswordLinkOptions) => {
  const token = await createPasswordReset({ userId: user.id });
  const path = getPathname({ href: { pathname: '/reset-password', query: { token } }, locale });
  const url = new URL(path, env.SITE_URL).toString();
  const t = await getTranslations({ locale, namespace: 'Auth.mail' });
  await sendMail({
    to: user.email,
    subject: t('subject', { purpose }),
    text: t('body', { purpose, name: user.name ?? user.email, url }),
  });
};
