import 'server-only';

import type PgBoss from 'pg-boss';

const globalForQueue = globalThis as unknown as { prevenirJobQueue?: Promise<PgBoss> };

/**
 * Stops the process's pg-boss: graceful waits up to `timeout` ms for running jobs; otherwise
 * they are left active and expire (and are retried) as if the process had died.
 */
export const stopJobQueue = async ({ graceful = true, timeout = 10_000 } = {}) => {
  const started = globalForQueue.prevenirJobQueue;
  globalForQueue.prevenirJobQueue = undefined;
  const boss = await started?.catch(() => undefined);
  await boss?.stop({ graceful, timeout, wait: true, close: true });
};
