import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers, uniqueEmail } from '../../../tests/support/auth-fixtures';

// The mail itself is covered end to end (tests/e2e/auth/password-reset.spec.ts).
const sent = vi.hoisted(() => [] as string[]);
vi.mock('./send-password-link', () => ({
  sendPasswordLink: async ({ user }: { user: { email: string } }) => {
    sent.push(user.email);
  },
}));

const { requestPasswordReset } = await import('./request-password-reset');

const emails: string[] = [];
const now = (task: () => Promise<void>) => task();
let ipCounter = 1;
const freshIp = () => `192.0.2.${ipCounter++}`;

beforeEach(() => {
  sent.length = 0;
});

afterAll(async () => {
  await deleteTestUsers(emails);
});

describe('requestPasswordReset', () => {
  it('answers alike for known and unknown addresses, and mails only active accounts', async () => {
    const active = await createTestUser();
    const inactive = await createTestUser({ active: false });
    const unknown = uniqueEmail('nobody');
    emails.push(active.email, inactive.email, unknown);
    for (const email of [active.email, inactive.email, unknown]) {
      expect(
        await requestPasswordReset({ email, locale: 'en', ipAddress: freshIp(), schedule: now }),
      ).toEqual({ ok: true });
    }
    expect(sent).toEqual([active.email]);
    const audit = await prisma.auditLog.findFirst({
      where: { actorEmail: unknown, action: 'auth.password-reset-request' },
    });
    expect(audit?.after).toEqual({ sent: false });
  });

  it('refuses a 4th request for one address within the hour, and audits it', async () => {
    const { email } = await createTestUser();
    emails.push(email);
    for (let request = 1; request <= 3; request++) {
      const result = await requestPasswordReset({
        email,
        locale: 'es',
        ipAddress: freshIp(),
        schedule: now,
      });
      expect(result).toEqual({ ok: true });
    }
    expect(
      await requestPasswordReset({ email, locale: 'es', ipAddress: freshIp(), schedule: now }),
    ).toEqual({ ok: false, reason: 'rate-limited' });
    expect(sent).toHaveLength(3);
    expect(
      await prisma.auditLog.count({
        where: { actorEmail: email, action: 'auth.password-reset-blocked' },
      }),
    ).toBe(1);
  });
});
