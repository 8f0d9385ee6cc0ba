// Subscribing and asking for one's link answer the same whatever the address, and are limited.
// Real PostgreSQL (a database of this file's own) and pg-boss; no worker: the queued deliveries
// and their jobs are checked (subscriptions-flow.test.ts follows mails through SMTP).
import { afterAll, describe, expect, it } from 'vitest';

import { ownDatabase } from '../../../tests/support/own-database';

const database = ownDatabase('subs_subscribe');
const prisma = await database.open();

const { subscribe } = await import('./subscribe');
const { requestManageLink } = await import('./request-manage-link');
const { findSubscriberByToken } = await import('./find-subscriber-by-token');
const { signSubscriptionToken } = await import('./subscription-token');
const { confirmSubscription } = await import('./confirm-subscription');
const { stopJobQueue } = await import('@/server/queue/stop-job-queue');
const { getMailQueue } = await import('./get-mail-queue');
const { MAIL_QUEUES } = await import('./mail-jobs');

afterAll(async () => {
  await stopJobQueue({ graceful: false });
  await database.close();
});

const choices = {
  locale: 'es' as const,
  frequency: 'IMMEDIATE' as const,
  contentTypes: ['document' as const],
  countryIds: [],
  mechanismIds: [],
  themeIds: [],
};

let ipCounter = 0;
const freshIp = () => `198.51.100.${(ipCounter += 1)}`;

const deliveriesTo = (email: string) =>
  prisma.mailDelivery.findMany({
    where: { subscriber: { email } },
    orderBy: { createdAt: 'asc' },
  });

describe('subscribe', () => {
  it('queues a confirmation mail and its job together, for a new address', async () => {
    const email = 'new.address@prevenir.test';
    expect(await subscribe({ data: { email, ...choices }, ipAddress: freshIp() })).toEqual({
      ok: true,
    });
    const [delivery] = await deliveriesTo(email);
    expect(delivery).toMatchObject({ kind: 'CONFIRM', status: 'PENDING' });
    const boss = await getMailQueue();
    const [job] = await boss.fetch<{ deliveryId: string }>(MAIL_QUEUES.send);
    expect(job?.data).toEqual({ deliveryId: delivery!.id });
  });

  it('replaces an unconfirmed subscription’s choices and voids its earlier link', async () => {
    const email = 'twice.unconfirmed@prevenir.test';
    await subscribe({ data: { email, ...choices }, ipAddress: freshIp() });
    const first = await prisma.subscriber.findUniqueOrThrow({ where: { email } });
    const oldLink = signSubscriptionToken({
      purpose: 'confirm',
      subscriberId: first.id,
      version: first.tokenVersion,
    });
    await subscribe({
      data: { email, ...choices, frequency: 'WEEKLY', contentTypes: ['event'] },
      ipAddress: freshIp(),
    });
    const second = await prisma.subscriber.findUniqueOrThrow({ where: { email } });
    expect(second).toMatchObject({
      frequency: 'WEEKLY',
      contentTypes: ['event'],
      confirmedAt: null,
    });
    expect(await findSubscriberByToken(oldLink, 'confirm')).toBeNull();
    await expect(confirmSubscription({ token: oldLink })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await deliveriesTo(email)).map((d) => d.kind)).toEqual(['CONFIRM', 'CONFIRM']);
  });

  it('limits requests for one address to 3 an hour, whoever sends them', async () => {
    const email = 'flooded@prevenir.test';
    for (let i = 0; i < 3; i += 1) {
      expect(await subscribe({ data: { email, ...choices }, ipAddress: freshIp() })).toEqual({
        ok: true,
      });
    }
    expect(await subscribe({ data: { email, ...choices }, ipAddress: freshIp() })).toEqual({
      ok: false,
      reason: 'rate-limited',
    });
    // The link request shares the address's allowance.
    expect(await requestManageLink({ email, ipAddress: freshIp() })).toEqual({
      ok: false,
      reason: 'rate-limited',
    });
    expect(await deliveriesTo(email)).toHaveLength(3);
  });

  it('limits one client to 20 requests an hour across addresses', async () => {
    const ipAddress = freshIp();
    const results = [];
    for (let i = 0; i < 21; i += 1) {
      results.push(
        (await subscribe({ data: { email: `client-${i}@prevenir.test`, ...choices }, ipAddress }))
          .ok,
      );
    }
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.at(-1)).toBe(false);
  });
});

describe('requestManageLink', () => {
  it('answers the same for an unknown, an unconfirmed and a confirmed address, mailing only the last', async () => {
    const unconfirmed = 'link.unconfirmed@prevenir.test';
    const confirmed = 'link.confirmed@prevenir.test';
    await subscribe({ data: { email: unconfirmed, ...choices }, ipAddress: freshIp() });
    await prisma.subscriber.create({
      data: { email: confirmed, ...choices, confirmedAt: new Date() },
    });
    for (const email of ['link.nobody@prevenir.test', unconfirmed, confirmed]) {
      expect(await requestManageLink({ email, ipAddress: freshIp() })).toEqual({ ok: true });
    }
    expect((await deliveriesTo(unconfirmed)).map((d) => d.kind)).toEqual(['CONFIRM']);
    expect((await deliveriesTo(confirmed)).map((d) => d.kind)).toEqual(['MANAGE_LINK']);
    expect(await prisma.subscriber.count({ where: { email: 'link.nobody@prevenir.test' } })).toBe(
      0,
    );
  });
});
