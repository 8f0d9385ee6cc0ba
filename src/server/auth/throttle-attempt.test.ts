import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { deleteRateLimitRows } from '../../../tests/support/rate-limit-fixtures';
import { createRateLimits, rateLimits, type Throttle } from './rate-limits';
import { throttleAttempt } from './throttle-attempt';

const keys: string[] = [];
const uniqueKey = () => {
  const key = `throttle-test-${randomUUID()}`;
  keys.push(key);
  return key;
};

afterAll(async () => {
  await deleteRateLimitRows(keys);
});

/** An attempt that fails: counted, and the series goes on. */
const fail = async (throttle: Throttle, key: string) => {
  const attempt = await throttleAttempt([[throttle, key]]);
  return attempt.allowed ? 'allowed' : 'refused';
};

/** What waiting out the current delay does: the turn's window ends. */
const endTurn = (throttle: Throttle, key: string) =>
  prisma.rateLimit.updateMany({
    where: { key: throttle.turns.getKey(key) },
    data: { expire: Date.now() - 1 },
  });

describe('throttleAttempt', () => {
  it('lets the free failures through, then one attempt per delay that doubles each time', async () => {
    const throttle = rateLimits.signInPair;
    const key = uniqueKey();
    for (let attempt = 1; attempt <= 5; attempt++)
      expect(await fail(throttle, key)).toBe('allowed');
    const first = await throttleAttempt([[throttle, key]]);
    expect(first).toMatchObject({ allowed: false });
    const firstWait = first.allowed ? 0 : first.retryAfterMs;
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(60_000);
    // Refusals do not lengthen the wait.
    expect(await fail(throttle, key)).toBe('refused');

    await endTurn(throttle, key);
    expect(await fail(throttle, key)).toBe('allowed');
    const second = await throttleAttempt([[throttle, key]]);
    const secondWait = second.allowed ? 0 : second.retryAfterMs;
    expect(secondWait).toBeGreaterThan(60_000);
    expect(secondWait).toBeLessThanOrEqual(120_000);

    await endTurn(throttle, key);
    expect(await fail(throttle, key)).toBe('allowed');
    const third = await throttleAttempt([[throttle, key]]);
    expect(third.allowed ? 0 : third.retryAfterMs).toBeGreaterThan(120_000);
  });

  it('is refused when any key is out of turns, and then counts on none of them', async () => {
    const spent = uniqueKey();
    const fresh = uniqueKey();
    const throttle = rateLimits.signInPair;
    for (let attempt = 1; attempt <= 5; attempt++) await fail(throttle, spent);
    expect(
      await throttleAttempt([
        [throttle, fresh],
        [throttle, spent],
      ]),
    ).toMatchObject({
      allowed: false,
    });
    const row = await prisma.rateLimit.findUnique({
      where: { key: throttle.failures.getKey(fresh) },
    });
    expect(row?.points ?? 0).toBe(0);
  });

  it('ends a series on success where it should, and elsewhere only takes the success back', async () => {
    const device = uniqueKey();
    const address = uniqueKey();
    const entries = [
      [rateLimits.signInDevice, device],
      [rateLimits.signInAddress, address],
    ] as const;
    for (let attempt = 1; attempt <= 3; attempt++) await throttleAttempt(entries);
    const success = await throttleAttempt(entries);
    if (!success.allowed) throw new Error('expected the attempt to be allowed');
    await success.succeeded();
    const points = async (throttle: Throttle, key: string) =>
      (
        await prisma.rateLimit.findUnique({
          where: { key: throttle.failures.getKey(key) },
        })
      )?.points ?? 0;
    expect(await points(rateLimits.signInDevice, device)).toBe(0);
    expect(await points(rateLimits.signInAddress, address)).toBe(3);
  });

  it('shares the counts between app processes: a second set of limiters sees the first one’s failures', async () => {
    const key = uniqueKey();
    const otherProcess = createRateLimits();
    for (let attempt = 1; attempt <= 3; attempt++) await fail(rateLimits.signInPair, key);
    for (let attempt = 1; attempt <= 2; attempt++) {
      expect(await fail(otherProcess.signInPair, key)).toBe('allowed');
    }
    // Five failures in all, across both: the sixth waits, in either process.
    expect(await fail(rateLimits.signInPair, key)).toBe('refused');
    expect(await fail(otherProcess.signInPair, key)).toBe('refused');
  });
});
