// Whether the database answers at all, checked with a TCP connection at most once a second and
// shared by every request: while it is down, pages get a 503 instead of Next.js's 500.
import { connect } from 'node:net';

export type DatabaseHealth = { isUp: () => Promise<boolean> };

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

export const createDatabaseHealth = (databaseUrl: string, intervalMs = 1000): DatabaseHealth => {
  const url = new URL(databaseUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A Unix-socket connection (no host in the URL) is not probed: it is taken as up.
  if (!host || url.searchParams.has('host')) return { isUp: async () => true };
  const port = Number(url.port || 5432);
  let last = { up: true, at: 0 };
  let pending: Promise<boolean> | null = null;
  return {
    isUp: () => {
      if (Date.now() - last.at < intervalMs) return Promise.resolve(last.up);
      pending ??= canConnect(host, port, 500).then((up) => {
        last = { up, at: Date.now() };
        pending = null;
        return up;
      });
      return pending;
    },
  };
};
