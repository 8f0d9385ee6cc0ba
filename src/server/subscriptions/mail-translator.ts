import 'server-only';

import { createFormatter, createTranslator } from 'use-intl/core';

import type { AppLocale } from '@/i18n/routing';

import en from '../../../messages/en.json';
import es from '../../../messages/es.json';
import pt from '../../../messages/pt.json';

// Mails are written by jobs, outside any request: next-intl's request config is not there, so
// the messages are imported here (tests/unit/messages.test.ts keeps the three files' keys equal).
export const MAIL_MESSAGES = { es, pt, en } as Record<AppLocale, typeof es>;

/** `SubscriptionMail` messages and a formatter in `locale`, for mails written by jobs. */
export const getMailTranslator = (locale: AppLocale, timeZone = 'UTC') => ({
  t: createTranslator({ locale, messages: MAIL_MESSAGES[locale], namespace: 'SubscriptionMail' }),
  format: createFormatter({ locale, timeZone }),
});

export type MailTranslator = ReturnType<typeof getMailTranslator>;
