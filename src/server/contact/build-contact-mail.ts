import 'server-only';

import { getTranslations } from 'next-intl/server';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { TContactSchema } from '@/lib/validation/contact';
import type { SendMailOptions } from '@/server/mail/send-mail';

export type BuildContactMailOptions = {
  data: TContactSchema;
  /** The language of the page it was sent from, which the mail is written in. */
  locale: AppLocale;
  /** The operators' address (CONTACT_EMAIL). */
  to: string;
};

/**
 * A visitor's message for the operators, plain text, answered by replying: `Reply-To` is the
 * visitor's address (validated, so no header can be smuggled in), never the `From`, which stays
 * the portal's own (MAIL_FROM) so that the operators' mail server accepts it.
 */
export const buildContactMail = async ({
  data,
  locale,
  to,
}: BuildContactMailOptions): Promise<SendMailOptions> => {
  const t = await getTranslations({ locale, namespace: 'Contact' });
  const topic = t(`topics.${data.topic}`);
  return {
    to,
    replyTo: data.email,
    subject: t('mail.subject', { topic }),
    text: t('mail.body', {
      sender: data.name ? `${data.name} <${data.email}>` : data.email,
      page: new URL(getPathname({ href: '/contact', locale }), env.SITE_URL).toString(),
      topic,
      message: data.message,
      email: data.email,
    }),
  };
};
