// The worker's schedules, as pg-boss stores them in PostgreSQL (one set, whichever instance
// registers them).
import { afterAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('subs_worker');
await database.open();

const { startMailWorker } = await import('./start-mail-worker');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await database.close();
});

describe('startMailWorker', () => {
  it('schedules the scan every minute and the digest on the configured cron and time zone', async () => {
    const boss = await startMailWorker({
      digestCron: '30 7 * * 1',
      digestTimeZone: 'America/Lima',
    });
    // A second start (another bundle, a retry) adds no second set of workers or schedules.
    expect(await startMailWorker()).toBe(boss);
    const schedules = await boss.getSchedules();
    expect(
      schedules
        .map(({ name, cron, options }) => ({ name, cron, tz: options?.tz }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual([
      { name: 'subscriptions-digest', cron: '30 7 * * 1', tz: 'America/Lima' },
      { name: 'subscriptions-scan', cron: '* * * * *', tz: undefined },
    ]);
    const queues = await boss.getQueues();
    expect(queues.find((queue) => queue.name === 'mail-send')).toMatchObject({
      retryLimit: 6,
      retryBackoff: true,
      expireInSeconds: 900,
    });
  });
});
