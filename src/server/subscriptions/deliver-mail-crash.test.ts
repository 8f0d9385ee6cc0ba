// A mail job whose process is killed in the middle of sending, then retried by another worker,
// against a real PostgreSQL, a real SMTP server and a real second process: the mail is never
// sent twice. Also: an SMTP refusal is retried and sent once; a connection lost while the mail
// was going out is not retried; two instances working one queue send each mail once.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';
import { type SinkReply, startSmtpSink } from '../../../tests/support/smtp-sink';

const replies = new Map<string, SinkReply[]>();
// Each address gets the replies queued for it, in order, then 'accept'.
const sink = await startSmtpSink({ reply: ([to]) => replies.get(to!)?.shift() ?? 'accept' });
process.env.SMTP_URL = sink.url;
process.env.SITE_URL = 'https://prevenir.test';
const database = ownDatabase('subs_crash');
const prisma = await database.open();

const { getMailQueue } = await import('./get-mail-queue');
const { MAIL_QUEUES } = await import('./mail-jobs');
const { startMailWorker } = await import('./start-mail-worker');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');
const { getAuthSecret } = await import('@/server/auth/auth-secret');
const { deliverMail } = await import('./deliver-mail');
const { default: PgBoss } = await import('pg-boss');

const boss = await getMailQueue();

/** A confirmed subscriber and one queued mail for them, as a scan or subscribe would queue it. */
const queueMail = async (email: string) => {
  const subscriber = await prisma.subscriber.create({
    data: {
      email,
      locale: 'pt',
      frequency: 'IMMEDIATE',
      contentTypes: ['document'],
      confirmedAt: new Date(),
    },
  });
  const delivery = await prisma.mailDelivery.create({
    data: { key: `link:${subscriber.id}:test`, kind: 'MANAGE_LINK', subscriberId: subscriber.id },
  });
  // Expires after 2 s instead of 15 min, and is retried 1 s later: the test need not wait.
  const jobId = await boss.send(
    MAIL_QUEUES.send,
    { deliveryId: delivery.id },
    { expireInSeconds: 2, retryLimit: 3, retryDelay: 1, retryBackoff: false },
  );
  return { deliveryId: delivery.id, jobId: jobId! };
};

const statusOf = async (deliveryId: string) =>
  (await prisma.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).status;

const waitFor = async (check: () => Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const jobState = async (jobId: string) =>
  (await boss.getJobById(MAIL_QUEUES.send, jobId, { includeArchive: true }))?.state;

let child: ChildProcess | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await stopJobQueue({ graceful: false });
  await database.close();
  await sink.close();
});

describe('a mail job killed in the middle of a send', () => {
  const email = 'killed.mid.send@prevenir.test';
  let queued: { deliveryId: string; jobId: string };

  beforeAll(async () => {
    // The SMTP server takes the whole message, then never answers: the worker is stuck between
    // handing the mail over and learning that it was accepted, when it is killed.
    replies.set(email, ['hang']);
    // Node itself, not npx or tsx's launcher: SIGKILL must reach the process doing the work.
    const args = [
      '--conditions=react-server',
      '--import',
      'tsx',
      'tests/support/run-mail-worker.ts',
    ];
    child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        SMTP_URL: sink.url,
        AUTH_SECRET: getAuthSecret(),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [ready] = (await Promise.race([
      once(child.stdout!, 'data'),
      once(child, 'exit').then(() => {
        throw new Error('The worker process exited');
      }),
    ])) as [Buffer];
    expect(String(ready)).toContain('mail worker ready');
    queued = await queueMail(email);
    await sink.waitForMails(email, 1);
    expect(await statusOf(queued.deliveryId)).toBe('SENDING');
    child.kill('SIGKILL');
    const [, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(signal).toBe('SIGKILL');
  });

  it('is retried by another worker and does not mail twice', async () => {
    await startMailWorker({ schedule: false, pollingIntervalSeconds: 0.5 });
    // pg-boss's maintenance finds the dead worker's job expired and hands it out again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await boss.maintain();
    await waitFor(async () => (await jobState(queued.jobId)) === 'completed');
    const job = await boss.getJobById(MAIL_QUEUES.send, queued.jobId, { includeArchive: true });
    expect(job?.retryCount).toBe(1);
    expect(await statusOf(queued.deliveryId)).toBe('INTERRUPTED');
    // One copy arrived (the one in flight when the first worker died); none was sent again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.mailsTo(email)).toHaveLength(1);
  });

  it('sends a mail that the SMTP server refused once on the retry, once', async () => {
    const refused = 'refused.once@prevenir.test';
    replies.set(refused, ['refuse']);
    const { deliveryId, jobId } = await queueMail(refused);
    await waitFor(async () => (await jobState(jobId)) === 'completed');
    const delivery = await prisma.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    const [mail] = await sink.waitForMails(refused, 1);
    expect(mail!.parsed.subject).toBe('O link para a sua inscrição no Prevenir');
    expect(sink.mailsTo(refused)).toHaveLength(1);
  });

  it('does not resend a mail whose connection broke while it was going out', async () => {
    const dropped = 'dropped.connection@prevenir.test';
    replies.set(dropped, ['drop']);
    const { deliveryId, jobId } = await queueMail(dropped);
    await waitFor(async () => (await jobState(jobId)) === 'completed');
    const delivery = await prisma.mailDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(delivery.status).toBe('INTERRUPTED');
    expect(delivery.lastError).toMatch(/Connection closed|ECONNRESET|socket/i);
    expect(delivery.lastError).not.toContain(dropped);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sink.mailsTo(dropped)).toHaveLength(1);
  });

  it('is sent once by one of several instances working the same queue', async () => {
    // Two instances, each with its own pg-boss and pool on the same database, as two containers;
    // this process's worker stands aside. Each job takes a moment, so both get some.
    await boss.offWork(MAIL_QUEUES.send);
    const instances = [
      new PgBoss({ connectionString: database.url, max: 2 }),
      new PgBoss({ connectionString: database.url, max: 2 }),
    ];
    const handled = instances.map(() => [] as string[]);
    for (const [index, instance] of instances.entries()) {
      await instance.start();
      await instance.work<{ deliveryId: string }>(
        MAIL_QUEUES.send,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          if (!job) return;
          handled[index]!.push(job.id);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await deliverMail({ deliveryId: job.data.deliveryId, lastAttempt: false });
        },
      );
    }
    try {
      const addresses = Array.from({ length: 10 }, (_, i) => `instance-${i}@prevenir.test`);
      const queued = await Promise.all(addresses.map((address) => queueMail(address)));
      await waitFor(async () =>
        (await Promise.all(queued.map(({ jobId }) => jobState(jobId)))).every(
          (state) => state === 'completed',
        ),
      );
      for (const address of addresses) expect(sink.mailsTo(address)).toHaveLength(1);
      // Every job ran once, on one instance; both instances ran some.
      expect([...handled[0]!, ...handled[1]!].sort()).toEqual(
        queued.map(({ jobId }) => jobId).sort(),
      );
      expect(handled[0]!.length).toBeGreaterThan(0);
      expect(handled[1]!.length).toBeGreaterThan(0);
    } finally {
      await Promise.all(
        instances.map((instance) => instance.stop({ graceful: false, wait: true })),
      );
    }
  });
});
