import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TContactSchema } from '@/lib/validation/contact';
import { addressLimitKey, consumeAll, rateLimits } from '@/server/auth/rate-limits';
import { logger } from '@/server/log/logger';
import { sendMail } from '@/server/mail/send-mail';

import { buildContactMail } from './build-contact-mail';

export type SendContactMessageOptions = {
  data: TContactSchema;
  locale: AppLocale;
  /** From the connection (client-ip.ts); null when unknown (`next dev`). */
  ipAddress: string | null;
  /** The operators' address (CONTACT_EMAIL). */
  to: string;
};

/** `sent`: the mail server took it; `rateLimited` and `failed`: nothing reached the operators. */
export type ContactOutcome = 'sent' | 'rateLimited' | 'failed';

/**
 * Mails a visitor's message to the operators, at once (nothing is stored: the mail is the only
 * copy, and the visitor's address goes nowhere else). Limited per client address and for all
 * together, in the shared counters of PostgreSQL.
 */
export const sendContactMessage = async ({
  data,
  locale,
  ipAddress,
  to,
}: SendContactMessageOptions): Promise<ContactOutcome> => {
  const allowed = await consumeAll([
    ...(ipAddress ? ([[rateLimits.contactPerIp, addressLimitKey(ipAddress)]] as const) : []),
    [rateLimits.contactTotal, 'all'],
  ]);
  if (!allowed) return 'rateLimited';
  try {
    await sendMail(await buildContactMail({ data, locale, to }));
  } catch (error) {
    logger.error({ err: error }, 'contact: a message could not be mailed to the operators');
    return 'failed';
  }
  return 'sent';
};
