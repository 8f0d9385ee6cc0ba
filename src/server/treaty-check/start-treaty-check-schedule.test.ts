// The scheduled check in the app's real pg-boss, on a seeded database of its own: the schedule is
// registered only when configured, and a job run files and records like the command does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PrismaClient } from '@/generated/prisma/client';

import { seedDatabase } from '../../../prisma/seed/seed-database';
import { CAT_FILE, OPCAT_FILE } from '../../../tests/fixtures/untc/untc-fixtures';
import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('treaty_schedule');
let prisma: PrismaClient;
let schedule: typeof import('./start-treaty-check-schedule');
let queue: typeof import('@/server/queue/get-job-queue');
let stop: typeof import('@/server/queue/stop-job-queue');

beforeAll(async () => {
  prisma = await database.open();
  await seedDatabase(prisma, () => {});
  schedule = await import('./start-treaty-check-schedule');
  queue = await import('@/server/queue/get-job-queue');
  stop = await import('@/server/queue/stop-job-queue');
}, 180_000);

afterAll(async () => {
  await stop?.stopJobQueue({ graceful: false });
  await database.close();
});

const waitForRun = async () => {
  for (let i = 0; i < 120; i += 1) {
    const run = await prisma.treatyCheckRun.findFirst({ where: { trigger: 'SCHEDULE' } });
    if (run) return run;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The scheduled check did not run');
};

describe('startTreatyCheckSchedule', () => {
  it('is off without a cron, and removes a schedule left from before', async () => {
    const boss = await queue.getJobQueue();
    await boss.createQueue(schedule.TREATY_CHECK_QUEUE);
    await boss.schedule(schedule.TREATY_CHECK_QUEUE, '0 6 * * 1');
    expect(await schedule.startTreatyCheckSchedule({ cron: undefined })).toBe(false);
    const names = (await boss.getSchedules()).map((s) => s.name);
    expect(names).not.toContain(schedule.TREATY_CHECK_QUEUE);
  });

  it('with a cron, schedules the check; its job files the differences and records the run', async () => {
    const on = await schedule.startTreatyCheckSchedule({
      cron: '0 6 * * 1',
      timeZone: 'America/Lima',
      sources: [CAT_FILE, OPCAT_FILE],
      pollingIntervalSeconds: 0.5,
    });
    expect(on).toBe(true);
    const boss = await queue.getJobQueue();
    expect(await boss.getSchedules()).toContainEqual(
      expect.objectContaining({
        name: 'treaty-check',
        cron: '0 6 * * 1',
        timezone: 'America/Lima',
      }),
    );
    // The cron's next tick is days away: send the job it would send.
    await boss.send(schedule.TREATY_CHECK_QUEUE, {});
    const run = await waitForRun();
    expect(run).toMatchObject({ differences: 1, filed: 1, error: null });
    expect(
      await prisma.dataProposal.count({ where: { entityKey: 'HT', field: 'catStatus' } }),
    ).toBe(1);
  });
});
