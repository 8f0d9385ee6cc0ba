import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers, uniqueEmail } from '../../../tests/support/auth-fixtures';
import { authenticate } from './authenticate';

const PASSWORD = 'the right long password';
const emails: string[] = [];
const user = async () => {
  const created = await createTestUser({ password: PASSWORD });
  emails.push(created.email);
  return created;
};
// A distinct documentation address per test keeps the per-IP counters apart.
let ipCounter = 1;
const freshIp = () => `198.51.100.${ipCounter++}`;

afterAll(async () => {
  await deleteTestUsers(emails);
});

const actions = async (email: string) =>
  (
    await prisma.auditLog.findMany({ where: { actorEmail: email }, orderBy: { createdAt: 'asc' } })
  ).map((row) => row.action);

describe('authenticate', () => {
  it('signs in with the right password, whatever the case of the address, and audits it', async () => {
    const { id, email } = await user();
    const result = await authenticate({
      email: ` ${email.toUpperCase()} `,
      password: PASSWORD,
      ipAddress: freshIp(),
    });
    expect(result).toMatchObject({ ok: true, user: { id, email, sessionVersion: 0 } });
    expect(await actions(email)).toEqual(['auth.sign-in']);
  });

  it('gives the same answer for a wrong password, an unknown account and an inactive one', async () => {
    const { email } = await user();
    const inactive = await user();
    await prisma.user.update({ where: { id: inactive.id }, data: { active: false } });
    const unknown = uniqueEmail('nobody');
    emails.push(unknown);
    const ipAddress = freshIp();
    const answers = await Promise.all([
      authenticate({ email, password: 'not the password', ipAddress }),
      authenticate({ email: unknown, password: PASSWORD, ipAddress }),
      authenticate({ email: inactive.email, password: PASSWORD, ipAddress }),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'invalid' },
      { ok: false, reason: 'invalid' },
    ]);
    const failure = await prisma.auditLog.findFirst({ where: { actorEmail: unknown } });
    expect(failure).toMatchObject({
      action: 'auth.sign-in-failed',
      actorId: null,
      after: { reason: 'unknown-account' },
      ipAddress,
    });
  });

  it('blocks the 6th attempt on an account within 15 minutes, even with the right password', async () => {
    const { email } = await user();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await authenticate({
        email,
        password: `wrong ${attempt}`,
        ipAddress: freshIp(),
      });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await authenticate({ email, password: PASSWORD, ipAddress: freshIp() })).toEqual({
      ok: false,
      reason: 'rate-limited',
    });
    expect(await actions(email)).toEqual([
      ...Array<string>(5).fill('auth.sign-in-failed'),
      'auth.sign-in-blocked',
    ]);
  });

  it('does not count successful sign-ins against the account', async () => {
    const { email } = await user();
    const ipAddress = freshIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await authenticate({ email, password: 'wrong', ipAddress });
    }
    expect((await authenticate({ email, password: PASSWORD, ipAddress })).ok).toBe(true);
    // The success cleared the account's count: five more failures are allowed.
    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await authenticate({ email, password: 'wrong', ipAddress: freshIp() });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('blocks an address after 20 failures across accounts', async () => {
    const ipAddress = freshIp();
    for (let attempt = 1; attempt <= 20; attempt++) {
      const email = uniqueEmail('spray');
      emails.push(email);
      expect(await authenticate({ email, password: 'guess', ipAddress })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    const { email } = await user();
    expect(await authenticate({ email, password: PASSWORD, ipAddress })).toEqual({
      ok: false,
      reason: 'rate-limited',
    });
    expect((await authenticate({ email, password: PASSWORD, ipAddress: freshIp() })).ok).toBe(true);
  });
});
