import 'server-only';

import type PgBoss from 'pg-boss';

import { getJobQueue } from '@/server/queue/get-job-queue';

import { MAIL_QUEUE_SETTINGS } from './mail-jobs';

// Per pg-boss instance (a stopped and restarted queue is a new one), shared by every bundle.
const globalForMail = globalThis as unknown as {
  prevenirMailQueues?: WeakMap<PgBoss, Promise<void>>;
};
const created = (globalForMail.prevenirMailQueues ??= new WeakMap());

const createQueues = async (boss: PgBoss) => {
  for (const { name, ...options } of MAIL_QUEUE_SETTINGS) {
    // createQueue keeps an existing queue's settings; updateQueue applies today's.
    await boss.createQueue(name, { name, ...options });
    await boss.updateQueue(name, { name, ...options });
  }
};

/** The job queue with the subscription queues created: what queues and works mail jobs. */
export const getMailQueue = async (): Promise<PgBoss> => {
  const boss = await getJobQueue();
  let ready = created.get(boss);
  if (!ready) {
    ready = createQueues(boss).catch((error: unknown) => {
      created.delete(boss);
      throw error;
    });
    created.set(boss, ready);
  }
  await ready;
  return boss;
};
