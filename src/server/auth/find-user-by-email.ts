import 'server-only';

import { normalizeEmail } from '@/lib/validation/auth';
import { prisma } from '@/server/db';

/**
 * The account with this address: an exact match on the normalized form, the only form stored
 * (never a pattern, so `%` or `_` match nothing but themselves).
 */
export const findUserByEmail = async (email: string) => {
  const normalized = normalizeEmail(email);
  // PostgreSQL text cannot hold NUL (the query would fail), so no account has one.
  if (!normalized || normalized.includes('\0')) return null;
  return prisma.user.findUnique({ where: { email: normalized } });
};
