import 'server-only';

import PgBoss from 'pg-boss';

import { env } from '@/env';
import { logger } from '@/server/log/logger';

// On globalThis: Next.js may load this module in more than one bundle of the same process, and
// every bundle must share one pg-boss (one pool, one set of workers).
const globalForQueue = globalThis as unknown as { prevenirJobQueue?: Promise<PgBoss> };

const startJobQueue = async (): Promise<PgBoss> => {
  const worker = env.MAIL_WORKER === 'on';
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    application_name: 'prevenir-jobs',
    max: 4,
    // Maintenance (expiring jobs whose worker died, archiving) and cron schedules run where
    // jobs are worked; pg-boss lets one instance at a time do each.
    supervise: worker,
    schedule: worker,
  });
  // A lost connection must not take the site down: pg-boss reconnects on its next poll.
  boss.on('error', (error) => logger.error({ err: error }, 'jobs: queue error'));
  await boss.start();
  return boss;
};

/**
 * The process's pg-boss, started (its tables live in the `pgboss` schema, which it creates and
 * migrates itself). Used to queue jobs everywhere and to work them where MAIL_WORKER is on.
 * A failed start is forgotten, so the next call tries again.
 */
export const getJobQueue = (): Promise<PgBoss> => {
  globalForQueue.prevenirJobQueue ??= startJobQueue().catch((error: unknown) => {
    globalForQueue.prevenirJobQueue = undefined;
    throw error;
  });
  return globalForQueue.prevenirJobQueue;
};
