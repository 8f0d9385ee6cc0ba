import 'server-only';

import type { Role } from '@/generated/prisma/enums';
import { normalizeEmail } from '@/lib/validation/auth';
import { recordAudit } from '@/server/audit/record-audit';
import { findUserByEmail } from '@/server/auth/find-user-by-email';

import { deviceKeyFor } from './device-cookie';
import { verifyPassword } from './password';
import { accountLimitKey, addressLimitKey, rateLimits } from './rate-limits';
import { throttleAttempt } from './throttle-attempt';

export type AuthenticateOptions = {
  email: string;
  password: string;
  ipAddress: string | null;
  /** The device cookie this browser sent, if any (see device-cookie.ts). */
  deviceToken?: string | null;
};

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  mechanismId: string | null;
  sessionVersion: number;
};

export type AuthenticateResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: 'invalid' | 'rate-limited' };

/**
 * Checks an e-mail and password and writes one audit row per attempt. Attempts are throttled per
 * account and address, per address, and per account either from this device (a valid device
 * cookie) or from browsers that never signed in to it (see rate-limits.ts). Callers show one
 * message for every failure: whether the account exists, is inactive or the password is wrong is
 * only in the audit log.
 */
export const authenticate = async ({
  email,
  password,
  ipAddress,
  deviceToken = null,
}: AuthenticateOptions): Promise<AuthenticateResult> => {
  const attempted = normalizeEmail(email);
  const user = await findUserByEmail(attempted);
  const account = accountLimitKey(user, attempted);
  const device = user && deviceToken ? deviceKeyFor(deviceToken, user.id) : null;
  const address = ipAddress ? addressLimitKey(ipAddress) : null;
  const attempt = await throttleAttempt([
    ...(address
      ? ([
          [rateLimits.signInPair, `${account}|${address}`],
          [rateLimits.signInAddress, address],
        ] as const)
      : []),
    device ? [rateLimits.signInDevice, device] : [rateLimits.signInAccount, account],
  ]);
  const actor = {
    id: user?.id ?? null,
    email: user?.email ?? attempted.replaceAll('\0', '\uFFFD'),
  };

  if (!attempt.allowed) {
    await recordAudit({ actor, action: 'auth.sign-in-blocked', ipAddress });
    return { ok: false, reason: 'rate-limited' };
  }
  const passwordMatches = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordMatches || !user.active) {
    const reason = !user ? 'unknown-account' : !passwordMatches ? 'wrong-password' : 'inactive';
    await recordAudit({ actor, action: 'auth.sign-in-failed', after: { reason }, ipAddress });
    return { ok: false, reason: 'invalid' };
  }

  // Only failures count: colleagues behind one office address may all sign in every day.
  await attempt.succeeded();
  await recordAudit({ actor, action: 'auth.sign-in', ipAddress });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      mechanismId: user.mechanismId,
      sessionVersion: user.sessionVersion,
    },
  };
};
