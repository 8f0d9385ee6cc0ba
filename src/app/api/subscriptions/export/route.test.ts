import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';
import { signSubscriptionToken } from '@/server/subscriptions/subscription-token';

import { GET } from './route';

const get = (query: string) =>
  GET(new Request(`http://localhost/api/subscriptions/export?${query}`));

describe('GET /api/subscriptions/export', () => {
  it('downloads everything stored about the subscriber, for a manage link only', async () => {
    const email = `export-${randomUUID().slice(0, 8)}@prevenir.test`;
    const theme = await prisma.theme.create({
      data: { slug: `export-${randomUUID().slice(0, 8)}` },
    });
    const row = await prisma.subscriber.create({
      data: {
        email,
        locale: 'en',
        frequency: 'IMMEDIATE',
        contentTypes: ['document'],
        themeIds: [theme.id],
        confirmedAt: new Date('2030-01-02T03:04:05Z'),
      },
    });
    await prisma.mailDelivery.create({
      data: { key: `confirm:${row.id}:1`, kind: 'CONFIRM', subscriberId: row.id, status: 'SENT' },
    });
    const token = (purpose: 'manage' | 'unsubscribe') =>
      signSubscriptionToken({ purpose, subscriberId: row.id, version: row.tokenVersion });

    const response = await get(`token=${token('manage')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="prevenir-subscription.json"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const data = (await response.json()) as { subscription: unknown; mails: unknown[] };
    expect(data.subscription).toMatchObject({
      email,
      language: 'en',
      frequency: 'IMMEDIATE',
      contentTypes: ['document'],
      themes: [{ id: theme.id, slug: theme.slug }],
      confirmedAt: '2030-01-02T03:04:05.000Z',
    });
    expect(data.mails).toEqual([
      expect.objectContaining({ kind: 'CONFIRM', status: 'SENT', sentAt: null }),
    ]);

    expect((await get(`token=${token('unsubscribe')}`)).status).toBe(404);
    for (const query of ['', 'token=x', `token=${'a'.repeat(5000)}`, 'token=%E0%A4%A']) {
      expect((await get(query)).status).toBe(400);
    }
    await prisma.subscriber.delete({ where: { id: row.id } });
    await prisma.mailDelivery.deleteMany({ where: { key: `confirm:${row.id}:1` } });
    await prisma.theme.delete({ where: { id: theme.id } });
  });
});
