// Whether the database answers. The production server asks on every request, so it must be cheap:
// while the database is up nothing is checked until a request fails (5xx); while it is down, one
// real query (`SELECT 1`) at most once a second, shared by every request, says when it is back.
import { connect } from 'node:net';

import { withProbeClient } from '../../src/server/health/with-probe-client';

export type DatabaseHealth = {
  /** Free while the database is up; while down, re-checked at most once per interval. */
  isUp: () => Promise<boolean>;
  /** A request failed: the next one waits for a check of the database (once per interval). */
  reportFailure: () => void;
};

/** Whether something accepts TCP connections at host:port (PostgreSQL's first sign of life). */
export const canConnect = (host: string, port: number, timeoutMs: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });

/** Whether the database accepts a connection and answers a query (not merely "starting up"). */
export const canQuery = (databaseUrl: string, timeoutMs: number) =>
  withProbeClient(databaseUrl, timeoutMs, async (client) => {
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  });

export const createDatabaseHealth = (
  check: () => Promise<boolean>,
  intervalMs = 1000,
): DatabaseHealth => {
  let up = true;
  let suspect = false;
  let checkedAt = 0;
  let pending: Promise<boolean> | null = null;
  const probe = () =>
    (pending ??= check().then((answer) => {
      up = answer;
      suspect = false;
      checkedAt = Date.now();
      pending = null;
      return answer;
    }));
  return {
    isUp: () => {
      if (up && !suspect) return Promise.resolve(true);
      if (pending) return pending;
      if (Date.now() - checkedAt < intervalMs) return Promise.resolve(up);
      return probe();
    },
    reportFailure: () => {
      suspect = true;
    },
  };
};
