import { randomBytes } from 'node:crypto';

import { prisma } from '@/server/db';

/** A fresh documentation address (2001:db8::/32), so no other test shares its counters. */
export const uniqueIp = () =>
  `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

/** Deletes the rate_limit rows whose key contains any of these parts (ids, addresses, hashes). */
export const deleteRateLimitRows = async (parts: string[]) => {
  if (parts.length === 0) return;
  await prisma.rateLimit.deleteMany({
    where: { OR: parts.map((part) => ({ key: { contains: part } })) },
  });
};
