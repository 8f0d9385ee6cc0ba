import 'server-only';

import type { Role } from '@/generated/prisma/enums';
import { recordAudit } from '@/server/audit/record-audit';
import { prisma } from '@/server/db';

import { verifyPassword } from './password';
import { consumeAll, rateLimits } from './rate-limits';

export type AuthenticateOptions = {
  email: string;
  password: string;
  ipAddress: string | null;
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

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks an e-mail and password, with rate limits per account and per client address, and writes
 * one audit row per attempt. Callers show one message for every failure: whether the account
 * exists, is inactive or the password is wrong is only in the audit log.
 */
export const authenticate = async ({
  email,
  password,
  ipAddress,
}: AuthenticateOptions): Promise<AuthenticateResult> => {
  const attempted = normalizeEmail(email).slice(0, 320);
  const allowed = await consumeAll([
    [rateLimits.signInPerAccount, attempted],
    ...(ipAddress ? ([[rateLimits.signInPerIp, ipAddress]] as const) : []),
  ]);
  const user = attempted
    ? await prisma.user.findFirst({
        where: { email: { equals: attempted, mode: 'insensitive' } },
      })
    : null;
  const actor = { id: user?.id ?? null, email: user?.email ?? attempted };

  if (!allowed) {
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
  await Promise.all([
    rateLimits.signInPerAccount.delete(attempted),
    ipAddress ? rateLimits.signInPerIp.reward(ipAddress) : null,
  ]);
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
