import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';
import { signSubscriptionToken } from '@/server/subscriptions/subscription-token';

import { GET, POST } from './route';

const subscriber = async () => {
  const row = await prisma.subscriber.create({
    data: {
      email: `unsub-${randomUUID().slice(0, 8)}@prevenir.test`,
      locale: 'pt',
      frequency: 'WEEKLY',
      contentTypes: ['event'],
      confirmedAt: new Date(),
    },
  });
  return {
    row,
    token: signSubscriptionToken({
      purpose: 'unsubscribe',
      subscriberId: row.id,
      version: row.tokenVersion,
    }),
  };
};

const url = (query: string) => `http://localhost/api/subscriptions/unsubscribe?${query}`;

describe('/api/subscriptions/unsubscribe', () => {
  it('GET changes nothing and sends the browser to the page with the button, in its language', async () => {
    const { row, token } = await subscriber();
    const response = await GET(new Request(url(`token=${token}&lang=pt`)));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/pt/subscribe/unsubscribe?token=${token}`);
    expect(await prisma.subscriber.findUnique({ where: { id: row.id } })).not.toBeNull();
    // Anything malformed still gets the page (which says the link is not valid), never a 500.
    for (const query of ['token=%00', 'lang=xx', 'token[]=1&token=2', '']) {
      const bad = await GET(new Request(url(query)));
      expect(bad.status).toBe(303);
      expect(bad.headers.get('location')).toMatch(/^\/es\/subscribe\/unsubscribe/);
    }
  });

  it('POST unsubscribes with a genuine link only, and refuses anything else with a 400', async () => {
    const { row, token } = await subscriber();
    const other = await subscriber();
    const manage = signSubscriptionToken({ purpose: 'manage', subscriberId: row.id, version: 1 });
    for (const query of [
      `token=${manage}`,
      `token=${token.slice(0, -2)}xx`,
      'token=<script>',
      '',
    ]) {
      const refused = await POST(new Request(url(query), { method: 'POST' }));
      expect(refused.status).toBe(400);
    }
    expect(await prisma.subscriber.findUnique({ where: { id: row.id } })).not.toBeNull();
    const done = await POST(new Request(url(`token=${token}`), { method: 'POST' }));
    expect(done.status).toBe(200);
    expect(await prisma.subscriber.findUnique({ where: { id: row.id } })).toBeNull();
    expect(await prisma.subscriber.findUnique({ where: { id: other.row.id } })).not.toBeNull();
    await prisma.subscriber.delete({ where: { id: other.row.id } });
  });
});
