import 'server-only';

import type PgBoss from 'pg-boss';

import { ensureQueues } from '@/server/queue/ensure-queues';
import { getJobQueue } from '@/server/queue/get-job-queue';

import { MAIL_QUEUE_SETTINGS } from './mail-jobs';

// Per pg-boss instance (a stopped and restarted queue is a new one), shared by every bundle.
const globalForMail = globalThis as unknown as {
  prevenirMailQueues?: WeakMap<PgBoss, Promise<void>>;
};
const created = (globalForMail.prevenirMailQueues ??= new WeakMap());

/** The job queue with the subscription queues created: what queues and works mail jobs. */
export const getMailQueue = async (): Promise<PgBoss> => {
  const boss = await getJobQueue();
  let ready = created.get(boss);
  if (!ready) {
    ready = ensureQueues(boss, MAIL_QUEUE_SETTINGS).catch((error: unknown) => {
      created.delete(boss);
      throw error;
    });
    created.set(boss, ready);
  }
  await ready;
  return boss;
};
