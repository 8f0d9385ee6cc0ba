import 'server-only';

import { AsyncResource } from 'node:async_hooks';

import pg from 'pg';
import type { Logger } from 'pino';

import { logger as defaultLogger } from '@/server/log/logger';

const KEY = Symbol.for('prevenir.outside-requests');
const holder = globalThis as { [KEY]?: AsyncResource };

/**
 * The async context that database connections are opened in: the one this module was first loaded
 * in, by whichever server bundle loads it first. That is the instrumentation's, at startup
 * (register() imports the workers, which use the database), outside every request.
 */
const outsideRequests = (holder[KEY] ??= new AsyncResource('prevenir.database-connection'));

/**
 * A socket keeps the async context it was opened in for as long as it lives. A connection opened
 * by a request kept that request's whole render reachable (its React tree, seen in a heap
 * snapshot) and wrote that request's id on the pool's log lines long after the request ended.
 */
type ConnectCallback = ((error: Error) => void) | ((error: null, client: pg.Client) => void);

class Client extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback) {
    return outsideRequests.runInAsyncScope(() =>
      callback ? super.connect(callback) : super.connect(),
    );
  }
}

/**
 * A pg pool whose connections belong to no request, and which logs an idle connection that the
 * server dropped (as `<name>: idle connection lost`) instead of taking the process down: the next
 * query opens another one.
 */
export const createPool = (name: string, config: pg.PoolConfig, logger: Logger = defaultLogger) => {
  const pool = new pg.Pool({ ...config, Client });
  pool.on('error', (error) => logger.error({ err: error }, `${name}: idle connection lost`));
  return pool;
};
