import 'server-only';

import { setTimeout as sleep } from 'node:timers/promises';

import { type RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

import { rateLimits } from '@/server/auth/rate-limits';

export type WaitForSendSlotOptions = {
  /** Default: MAIL_PER_MINUTE, counted in PostgreSQL across every instance. */
  limiter?: RateLimiterPostgres;
  /** Longer than this and the job fails, to be retried later (its expiry is 15 minutes). */
  maxWaitMs?: number;
};

/** Waits until the send rate allows one more mail, and takes that slot. */
export const waitForSendSlot = async ({
  limiter = rateLimits.mailSend,
  maxWaitMs = 2 * 60_000,
}: WaitForSendSlotOptions = {}) => {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      await limiter.consume('all');
      return;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      if (Date.now() + error.msBeforeNext > deadline) {
        throw new Error('No send slot free within the wait limit (MAIL_PER_MINUTE)', {
          cause: error,
        });
      }
      // A little jitter, so that several waiting workers do not all ask at the same instant.
      await sleep(error.msBeforeNext + Math.floor(Math.random() * 50));
    }
  }
};
