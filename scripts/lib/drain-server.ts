import type { Server } from 'node:http';

/**
 * Stops accepting connections and waits for the requests in flight, at most `timeoutMs`, then
 * cuts what is left. Keep-alive connections are closed as soon as they fall idle, and responses
 * still to come tell their clients to reconnect elsewhere (`Connection: close`). Resolves true
 * when every request finished in time.
 */
export const drainServer = (server: Server, timeoutMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    server.on('request', (_request, response) => response.setHeader('Connection', 'close'));
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      finish(false);
    }, timeoutMs);
    const finish = (drained: boolean) => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve(drained);
    };
    server.close(() => finish(true));
    server.closeIdleConnections();
  });

export type DrainOnSigtermOptions = {
  server: Server;
  timeoutMs: number;
  /** Closes what else the process holds (database connections) once requests are done. */
  beforeExit?: () => Promise<unknown>;
};

/** On SIGTERM (a rolling deploy, a scale-down): drain, clean up, exit 0. */
export const drainOnSigterm = ({ server, timeoutMs, beforeExit }: DrainOnSigtermOptions) => {
  process.once('SIGTERM', () => {
    void drainServer(server, timeoutMs)
      .then(async (drained) => {
        if (!drained) console.error(`Requests still running after ${timeoutMs} ms were cut off`);
        await beforeExit?.();
      })
      .finally(() => process.exit(0));
  });
};
