import 'server-only';

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

// Counters live in this process's memory: right for one `next start` process (our deployment).
// Several processes or containers would each count separately; then use RateLimiterPostgres.
type Limiters = {
  signInPerAccount: RateLimiterMemory;
  signInPerIp: RateLimiterMemory;
  resetPerAccount: RateLimiterMemory;
  resetPerIp: RateLimiterMemory;
};

const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;

const createLimiters = (): Limiters => ({
  // 5 attempts per account and 20 per address in 15 minutes; a success clears the account's count.
  signInPerAccount: new RateLimiterMemory({
    keyPrefix: 'sign-in-account',
    points: 5,
    duration: FIFTEEN_MINUTES,
  }),
  signInPerIp: new RateLimiterMemory({
    keyPrefix: 'sign-in-ip',
    points: 20,
    duration: FIFTEEN_MINUTES,
  }),
  // Reset mail: 3 per address an hour (mailbox flooding), 10 per client address.
  resetPerAccount: new RateLimiterMemory({
    keyPrefix: 'reset-account',
    points: 3,
    duration: ONE_HOUR,
  }),
  resetPerIp: new RateLimiterMemory({ keyPrefix: 'reset-ip', points: 10, duration: ONE_HOUR }),
});

// On globalThis: Next.js may load this module in more than one bundle of the same process.
const globalForLimits = globalThis as unknown as { prevenirRateLimits?: Limiters };

export const rateLimits: Limiters = (globalForLimits.prevenirRateLimits ??= createLimiters());

/** Spends one point on every key; false when any of them has none left. */
export const consumeAll = async (
  entries: ReadonlyArray<readonly [RateLimiterMemory, string]>,
): Promise<boolean> => {
  const results = await Promise.allSettled(entries.map(([limiter, key]) => limiter.consume(key)));
  return results.every((result) => {
    if (result.status === 'fulfilled') return true;
    if (result.reason instanceof RateLimiterRes) return false;
    throw result.reason;
  });
};
