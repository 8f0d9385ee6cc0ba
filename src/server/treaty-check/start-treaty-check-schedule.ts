import 'server-only';

import type PgBoss from 'pg-boss';

import { env } from '@/env';
import { scheduleJob } from '@/server/queue/schedule-job';

import { readUntcInput } from './read-untc-input';
import { runTreatyCheck } from './run-treaty-check';
import { UNTC_PAGES } from './untc-page';

export const TREATY_CHECK_QUEUE = 'treaty-check';

// One run at a time across instances (pg-boss's singleton policy); a failed run is recorded, not
// retried: the next tick tries again.
const QUEUE: PgBoss.Queue = {
  name: TREATY_CHECK_QUEUE,
  policy: 'singleton',
  retryLimit: 0,
  expireInSeconds: 10 * 60,
};

export type StartTreatyCheckScheduleOptions = {
  cron?: string;
  timeZone?: string;
  /** What the scheduled check reads: TREATY_CHECK_SOURCES, else UNTC's own addresses. */
  sources?: string[];
  /** How often an idle worker asks for jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
};

/**
 * The optional periodic treaty check (TREATY_CHECK_CRON, off when unset). Unset, a schedule left
 * in the database by an earlier configuration is removed.
 */
export const startTreatyCheckSchedule = ({
  cron = env.TREATY_CHECK_CRON,
  timeZone = env.DIGEST_TIMEZONE,
  sources = env.TREATY_CHECK_SOURCES ?? [UNTC_PAGES.CAT.url, UNTC_PAGES.OPCAT.url],
  pollingIntervalSeconds = 2,
}: StartTreatyCheckScheduleOptions = {}) =>
  scheduleJob({
    queue: QUEUE,
    cron: cron ?? null,
    timeZone,
    pollingIntervalSeconds,
    run: () =>
      runTreatyCheck({
        trigger: 'SCHEDULE',
        load: () => Promise.all(sources.map((source) => readUntcInput(source))),
      }),
  });
