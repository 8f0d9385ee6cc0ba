import 'server-only';

import { after } from 'next/server';

import type { AppLocale } from '@/i18n/routing';
import { normalizeEmail } from '@/lib/validation/auth';
import { recordAudit } from '@/server/audit/record-audit';
import { findUserByEmail } from '@/server/auth/find-user-by-email';
import { logger } from '@/server/log/logger';

import { accountLimitKey, addressLimitKey, consumeAll, rateLimits } from './rate-limits';
import { sendPasswordLink } from './send-password-link';

export type RequestPasswordResetOptions = {
  email: string;
  locale: AppLocale;
  ipAddress: string | null;
  /**
   * Runs the mailing. By default after the response is sent, so the answer takes as long whether
   * or not the account exists; tests pass `(task) => task()`.
   */
  schedule?: (task: () => Promise<void>) => void | Promise<void>;
};

const sendAfterResponse = (task: () => Promise<void>) =>
  after(() =>
    task().catch((error: unknown) =>
      logger.error({ err: error }, 'auth: password reset mail failed'),
    ),
  );

/**
 * Mails a reset link when an active account has this address. The caller shows the same answer
 * either way; only `rate-limited` differs, and it depends on the requests for that (normalized)
 * address, not on whether an account has it.
 */
export const requestPasswordReset = async ({
  email,
  locale,
  ipAddress,
  schedule = sendAfterResponse,
}: RequestPasswordResetOptions): Promise<{ ok: true } | { ok: false; reason: 'rate-limited' }> => {
  const attempted = normalizeEmail(email);
  const user = await findUserByEmail(attempted);
  const allowed = await consumeAll([
    [rateLimits.resetPerAccount, accountLimitKey(user, attempted)],
    ...(ipAddress ? ([[rateLimits.resetPerIp, addressLimitKey(ipAddress)]] as const) : []),
  ]);
  const actor = {
    id: user?.id ?? null,
    email: user?.email ?? attempted.replaceAll('\0', '\uFFFD'),
  };
  if (!allowed) {
    await recordAudit({ actor, action: 'auth.password-reset-blocked', ipAddress });
    return { ok: false, reason: 'rate-limited' };
  }
  const sent = Boolean(user?.active);
  if (user && sent) await schedule(() => sendPasswordLink({ user, locale, purpose: 'reset' }));
  await recordAudit({
    actor,
    action: 'auth.password-reset-request',
    after: { sent },
    ipAddress,
  });
  return { ok: true };
};
