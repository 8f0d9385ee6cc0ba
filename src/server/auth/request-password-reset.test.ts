import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers, uniqueEmail } from '../../../tests/support/auth-fixtures';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';
import { hashToken } from './hash-token';

// The mail itself is covered end to end (tests/e2e/auth/password-reset.spec.ts).
const sent = vi.hoisted(() => [] as string[]);
vi.mock('./send-password-link', () => ({
  sendPasswordLink: async ({ user }: { user: { email: string } }) => {
    sent.push(user.email);
  },
}));

const { requestPasswordReset } = await import('./request-password-reset');

const emails: string[] = [];
const keyParts: string[] = [];
const now = (task: () => Promise<void>) => task();
const freshIp = () => {
  const ip = uniqueIp();
  keyParts.push(ip);
  return ip;
};

beforeEach(() => {
  sent.length = 0;
});

afterAll(async () => {
  const users = await prisma.user.findMany({ where: { email: { in: emails } } });
  await deleteRateLimitRows([...keyParts, ...users.map(({ id }) => id)]);
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

  it('counts every spelling of an address against the account: the real one is refused after 3', async () => {
    const { email } = await createTestUser();
    emails.push(email);
    for (const spelling of [
      email.toUpperCase(),
      ` ${email} `,
      email.replace(/^./, (c) => c.toUpperCase()),
    ]) {
      expect(
        await requestPasswordReset({
          email: spelling,
          locale: 'en',
          ipAddress: freshIp(),
          schedule: now,
        }),
      ).toEqual({ ok: true });
    }
    expect(sent).toEqual([email, email, email]);
    expect(
      await requestPasswordReset({ email, locale: 'en', ipAddress: freshIp(), schedule: now }),
    ).toEqual({ ok: false, reason: 'rate-limited' });
  });

  it('treats `%`, `_` and NUL as themselves: no pattern mails an account', async () => {
    const { email } = await createTestUser();
    emails.push(email);
    const [local, domain] = email.split('@') as [string, string];
    const patterns = ['%', '%@%', `${local.slice(0, -1)}_@${domain}`, `${local}\0@${domain}`];
    for (const pattern of patterns) {
      keyParts.push(hashToken(pattern));
      emails.push(pattern.replaceAll('\0', '\uFFFD'));
      expect(
        await requestPasswordReset({
          email: pattern,
          locale: 'en',
          ipAddress: freshIp(),
          schedule: now,
        }),
      ).toEqual({ ok: true });
    }
    expect(sent).toEqual([]);
    // Nor did they spend the account's own allowance.
    for (let request = 1; request <= 3; request++) {
      await requestPasswordReset({ email, locale: 'en', ipAddress: freshIp(), schedule: now });
    }
    expect(sent).toEqual([email, email, email]);
  });
});
