import 'server-only';

import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

import { env } from '@/env';
import { createPool } from '@/server/db-pool';

import { hashToken } from './hash-token';

/**
 * Failures counted per key with growing delays (OWASP's throttling): the first `free` failures
 * pass; from then on one attempt per delay, 1 minute doubling per failure up to 1 hour.
 */
export type Throttle = {
  /** Attempts in the current series (refused and successful ones are taken back). */
  failures: RateLimiterPostgres;
  /** Once the free failures are spent: one attempt per window, the window being the delay. */
  turns: RateLimiterPostgres;
  free: number;
  /** Whether a success ends the series (pair, device) or is just not counted (address, account). */
  clearOnSuccess: boolean;
};

export type RateLimits = {
  signInPair: Throttle;
  signInAddress: Throttle;
  signInAccount: Throttle;
  signInDevice: Throttle;
  passwordChange: Throttle;
  resetPerAccount: RateLimiterPostgres;
  resetPerIp: RateLimiterPostgres;
  correctionPerIp: RateLimiterPostgres;
  correctionPerTarget: RateLimiterPostgres;
  /** Subscription requests (subscribe, "send me my link") per typed address and per client. */
  subscribePerAddress: RateLimiterPostgres;
  subscribePerIp: RateLimiterPostgres;
  /** Contact form messages per client address, and from everyone together. */
  contactPerIp: RateLimiterPostgres;
  contactTotal: RateLimiterPostgres;
  /** Subscription mails sent per minute by every instance together (MAIL_PER_MINUTE). */
  mailSend: RateLimiterPostgres;
  /** Open-data API requests per client address a minute (API_RATE_LIMIT). */
  apiPerClient: RateLimiterPostgres;
};

export const FIRST_DELAY = 60;
export const MAX_DELAY = 60 * 60;
const FIFTEEN_MINUTES = 15 * 60;
const ONE_HOUR = 60 * 60;
const ONE_DAY = 24 * ONE_HOUR;

/**
 * Limiters on the `rate_limit` table (created by a migration), so every app process and container
 * shares the counters. A small pool of its own: Prisma's driver adapter keeps its pool private.
 */
export const createRateLimits = (): RateLimits => {
  const pool = createPool('rate-limits', {
    connectionString: env.DATABASE_URL,
    max: 3,
    allowExitOnIdle: true,
  });
  let first = true;
  const limiter = (keyPrefix: string, points: number, duration: number) => {
    const created = new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      // Expired rows of every prefix share the table: one limiter deleting them is enough.
      clearExpiredByTimeout: first,
    });
    first = false;
    return created;
  };
  const throttle = (
    keyPrefix: string,
    free: number,
    forgetAfter: number,
    clearOnSuccess: boolean,
  ): Throttle => ({
    failures: limiter(keyPrefix, free, forgetAfter),
    turns: limiter(`${keyPrefix}-turn`, 1, FIRST_DELAY),
    free,
    clearOnSuccess,
  });
  return {
    // Sign-in: one account from one address; the address across accounts; the account from
    // browsers that never signed in to it; the account from one browser that did (device cookie).
    signInPair: throttle('sign-in-pair', 5, ONE_DAY, true),
    signInAddress: throttle('sign-in-address', 20, FIFTEEN_MINUTES, false),
    signInAccount: throttle('sign-in-account', 10, ONE_DAY, false),
    signInDevice: throttle('sign-in-device', 10, ONE_DAY, true),
    // The current password asked by the change form, per account (a borrowed session's guesses).
    passwordChange: throttle('password-change', 5, ONE_DAY, true),
    // Reset mail: 3 per address an hour (mailbox flooding), 10 per client address.
    resetPerAccount: limiter('reset-account', 3, ONE_HOUR),
    resetPerIp: limiter('reset-ip', 10, ONE_HOUR),
    // Public corrections (no account): 5 an hour per client address, and 20 a day per country
    // or mechanism page from all addresses together, so no one floods the editors' queue.
    correctionPerIp: limiter('correction-ip', 5, ONE_HOUR),
    correctionPerTarget: limiter('correction-target', 20, ONE_DAY),
    // Subscribing: 3 mails an hour to one address (mailbox flooding), 20 requests per client.
    subscribePerAddress: limiter('subscribe-address', 3, ONE_HOUR),
    subscribePerIp: limiter('subscribe-ip', 20, ONE_HOUR),
    // Contact form: 5 messages an hour per client address, and 100 a day from all addresses
    // together, so that no one can flood the operators' mailbox from many addresses.
    contactPerIp: limiter('contact-ip', 5, ONE_HOUR),
    contactTotal: limiter('contact-total', 100, ONE_DAY),
    mailSend: limiter('mail-send', env.MAIL_PER_MINUTE, 60),
    apiPerClient: limiter('api-client', env.API_RATE_LIMIT, 60),
  };
};

// On globalThis: Next.js may load this module in more than one bundle of the same process.
const globalForLimits = globalThis as unknown as { prevenirRateLimits?: RateLimits };

export const rateLimits: RateLimits = (globalForLimits.prevenirRateLimits ??= createRateLimits());

/**
 * The per-account key: the account's id when it exists, whatever spelling was typed; otherwise
 * the normalized address typed, so unknown ones count too (hashed: short, and no typed text kept).
 */
export const accountLimitKey = (user: { id: string } | null, normalizedEmail: string) =>
  user ? `user:${user.id}` : `email:${hashToken(normalizedEmail)}`;

/** The per-address key; anything but a short printable value is hashed (255-character column). */
export const addressLimitKey = (ipAddress: string) =>
  /^[\x21-\x7e]{1,64}$/.test(ipAddress) ? ipAddress : `sha256:${hashToken(ipAddress)}`;

/** Spends one point on every key; false when any of them has none left. */
export const consumeAll = async (
  entries: ReadonlyArray<readonly [RateLimiterPostgres, string]>,
): Promise<boolean> => {
  const results = await Promise.allSettled(entries.map(([limiter, key]) => limiter.consume(key)));
  return results.every((result) => {
    if (result.status === 'fulfilled') return true;
    if (result.reason instanceof RateLimiterRes) return false;
    throw result.reason;
  });
};
