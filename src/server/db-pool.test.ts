import { afterAll, describe, expect, it, vi } from 'vitest';

import { captureLog } from '../../tests/support/capture-log';
import { createPool } from './db-pool';
import { requestContext } from './log/request-context';

const { logger, lines } = captureLog();
const pool = createPool(
  'test-pool',
  { connectionString: process.env.DATABASE_URL, max: 1 },
  logger,
);
const other = createPool('other', { connectionString: process.env.DATABASE_URL, max: 1 });

afterAll(async () => {
  await pool.end();
  await other.end();
});

describe('createPool', () => {
  it("opens connections that outlive a request without carrying the request's id", async () => {
    // The pool's one connection is opened while a request is being served…
    const { pid, requestId } = await requestContext.run({ requestId: 'req-opener' }, async () => {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      // …whose own code still runs in its context after the query.
      return { pid: rows[0]!.pid, requestId: requestContext.getStore()?.requestId };
    });
    expect(requestId).toBe('req-opener');

    // Long after, the server drops it: the pool's log line belongs to no request.
    await other.query('SELECT pg_terminate_backend($1)', [pid]);
    await vi.waitFor(() => expect(lines).toHaveLength(1), { timeout: 5000 });
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'test-pool: idle connection lost' });
    expect(lines[0]).not.toHaveProperty('requestId');

    // The pool opens another connection for the next query.
    const { rows } = await pool.query<{ ok: number }>('SELECT 1 AS ok');
    expect(rows[0]!.ok).toBe(1);
  });
});
