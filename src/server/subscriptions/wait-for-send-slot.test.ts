// The send rate limit against a real PostgreSQL (the `rate_limit` table every instance shares).
import { randomUUID } from 'node:crypto';

import { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { afterAll, describe, expect, it } from 'vitest';

import { waitForSendSlot } from './wait-for-send-slot';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

/** Two mails a second; a prefix of its own so no other test shares the counter. */
const limiter = () =>
  new RateLimiterPostgres({
    storeClient: pool,
    storeType: 'pool',
    tableName: 'rate_limit',
    tableCreated: true,
    keyPrefix: `send-test-${randomUUID()}`,
    points: 2,
    duration: 1,
  });

describe('waitForSendSlot', () => {
  it('lets the allowed number through at once and makes the next one wait for the window', async () => {
    const shared = limiter();
    const started = Date.now();
    await waitForSendSlot({ limiter: shared });
    await waitForSendSlot({ limiter: shared });
    expect(Date.now() - started).toBeLessThan(900);
    await waitForSendSlot({ limiter: shared });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up (the job is retried later) rather than wait past its limit', async () => {
    const shared = limiter();
    await waitForSendSlot({ limiter: shared });
    await waitForSendSlot({ limiter: shared });
    await expect(waitForSendSlot({ limiter: shared, maxWaitMs: 100 })).rejects.toThrow(
      /No send slot/,
    );
  });
});
