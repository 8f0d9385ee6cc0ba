import type PgBoss from 'pg-boss';

/** The pg-boss queues of subscriptions. */
export const MAIL_QUEUES = {
  /** One job per mail (data: `{ deliveryId }`). */
  send: 'mail-send',
  /** Every minute: new publications in the audit log → mails for immediate subscribers. */
  scan: 'subscriptions-scan',
  /** On DIGEST_CRON: one digest per weekly subscriber. */
  digest: 'subscriptions-digest',
} as const;

export type SendJobData = { deliveryId: string };

/**
 * A failed send is retried 6 times, after about 1–2, 2–4, 4–8, 8–16, 16–32 and 32–64 minutes
 * (pg-boss doubles the delay and adds jitter). A job whose worker died is retried once it
 * expires: 15 minutes, more than nodemailer's 10-minute socket timeout plus the wait for a send
 * slot, so an attempt that is merely slow is never taken for a dead one.
 */
const SEND_QUEUE: PgBoss.Queue = {
  name: MAIL_QUEUES.send,
  policy: 'standard',
  retryLimit: 6,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
};

// One scan and one digest run at a time (pg-boss's `singleton` policy: one active job).
const SCAN_QUEUE: PgBoss.Queue = {
  name: MAIL_QUEUES.scan,
  policy: 'singleton',
  retryLimit: 1,
  retryDelay: 30,
  expireInSeconds: 10 * 60,
};

const DIGEST_QUEUE: PgBoss.Queue = {
  name: MAIL_QUEUES.digest,
  policy: 'singleton',
  retryLimit: 3,
  retryDelay: 5 * 60,
  retryBackoff: true,
  expireInSeconds: 60 * 60,
};

export const MAIL_QUEUE_SETTINGS = [SEND_QUEUE, SCAN_QUEUE, DIGEST_QUEUE] as const;
