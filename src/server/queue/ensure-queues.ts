import 'server-only';

import type PgBoss from 'pg-boss';

// pg-boss creates a queue's table and constraints in DDL that deadlocks with another queue being
// created at the same moment: the process creates its queues one after the other.
const globalForQueues = globalThis as unknown as { prevenirQueueCreation?: Promise<unknown> };

/** Creates the queues (or applies today's settings to existing ones), one at a time per process. */
export const ensureQueues = (boss: PgBoss, queues: readonly PgBoss.Queue[]): Promise<void> => {
  const previous = globalForQueues.prevenirQueueCreation ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      for (const { name, ...options } of queues) {
        // createQueue keeps an existing queue's settings; updateQueue applies today's.
        await boss.createQueue(name, { name, ...options });
        await boss.updateQueue(name, { name, ...options });
      }
    });
  globalForQueues.prevenirQueueCreation = next;
  return next;
};
