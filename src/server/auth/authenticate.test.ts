import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers, uniqueEmail } from '../../../tests/support/auth-fixtures';
import { deleteRateLimitRows, uniqueIp } from '../../../tests/support/rate-limit-fixtures';
import { authenticate } from './authenticate';
import { createDeviceToken } from './device-cookie';
import { hashToken } from './hash-token';

const PASSWORD = 'the right long password';
const emails: string[] = [];
const ips: string[] = [];
const user = async () => {
  const created = await createTestUser({ password: PASSWORD });
  emails.push(created.email);
  return created;
};
const freshIp = () => {
  const ip = uniqueIp();
  ips.push(ip);
  return ip;
};
const keyParts: string[] = [];
/** An address typed on the form that belongs to no account (cleaned up afterwards). */
const typed = (email: string) => {
  keyParts.push(hashToken(email.trim().toLowerCase()));
  // The audit log stores a NUL as U+FFFD (PostgreSQL text cannot hold NUL).
  emails.push(email.trim().toLowerCase().replaceAll('\0', '\uFFFD'));
  return email;
};

afterAll(async () => {
  await deleteRateLimitRows([
    ...ips,
    ...keyParts,
    ...(await prisma.user.findMany({ where: { email: { in: emails } } })).map(({ id }) => id),
  ]);
  await deleteTestUsers(emails);
});

const actions = async (email: string) =>
  (
    await prisma.auditLog.findMany({ where: { actorEmail: email }, orderBy: { createdAt: 'asc' } })
  ).map((row) => row.action);

const invalid = { ok: false, reason: 'invalid' };
const rateLimited = { ok: false, reason: 'rate-limited' };

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
    const unknown = typed(uniqueEmail('nobody'));
    const ipAddress = freshIp();
    const answers = await Promise.all([
      authenticate({ email, password: 'not the password', ipAddress }),
      authenticate({ email: unknown, password: PASSWORD, ipAddress }),
      authenticate({ email: inactive.email, password: PASSWORD, ipAddress }),
    ]);
    expect(answers).toEqual([invalid, invalid, invalid]);
    const failure = await prisma.auditLog.findFirst({ where: { actorEmail: unknown } });
    expect(failure).toMatchObject({
      action: 'auth.sign-in-failed',
      actorId: null,
      after: { reason: 'unknown-account' },
      ipAddress,
    });
  });

  it('treats `%`, `_` and NUL as themselves: no pattern signs in, even with the right password', async () => {
    const { email } = await user();
    const [local, domain] = email.split('@') as [string, string];
    const patterns = [
      '%',
      '%@%',
      `${local.slice(0, -1)}_@${domain}`,
      `${local}@${domain.replace('.', '_')}`,
      `${local.slice(0, 3)}%`,
      `${email}\0`,
    ].map(typed);
    const ipAddress = freshIp();
    for (const pattern of patterns) {
      expect(await authenticate({ email: pattern, password: PASSWORD, ipAddress })).toEqual(
        invalid,
      );
    }
    // None of them reached the account: its audit trail is empty.
    expect(await actions(email)).toEqual([]);
    expect(
      await prisma.auditLog.count({
        where: {
          action: 'auth.sign-in-failed',
          ipAddress,
          after: { equals: { reason: 'unknown-account' } },
        },
      }),
    ).toBe(patterns.length);
  });

  it('counts every spelling of an address against the one account: after 5 failures from an address, it waits', async () => {
    const { email } = await user();
    const ipAddress = freshIp();
    const spellings = [
      email.toUpperCase(),
      ` ${email}`,
      email,
      email.replace(/^./, (c) => c.toUpperCase()),
      `${email.toUpperCase()} `,
    ];
    for (const spelling of spellings) {
      expect(await authenticate({ email: spelling, password: 'wrong', ipAddress })).toEqual(
        invalid,
      );
    }
    // Blocked on the real address too, even with the right password: the limit is the account's.
    expect(await authenticate({ email, password: PASSWORD, ipAddress })).toEqual(rateLimited);
    expect(
      await authenticate({ email: email.toUpperCase(), password: PASSWORD, ipAddress }),
    ).toEqual(rateLimited);
    expect(await actions(email)).toEqual([
      ...Array<string>(5).fill('auth.sign-in-failed'),
      'auth.sign-in-blocked',
      'auth.sign-in-blocked',
    ]);
    // From another address the owner still signs in: the wait is for this pair.
    expect((await authenticate({ email, password: PASSWORD, ipAddress: freshIp() })).ok).toBe(true);
  });

  it('does not count successful sign-ins: a success ends the series for that address', async () => {
    const { email } = await user();
    const ipAddress = freshIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      await authenticate({ email, password: 'wrong', ipAddress });
    }
    expect((await authenticate({ email, password: PASSWORD, ipAddress })).ok).toBe(true);
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await authenticate({ email, password: 'wrong', ipAddress })).toEqual(invalid);
    }
    expect((await authenticate({ email, password: PASSWORD, ipAddress })).ok).toBe(true);
  });

  it('slows down new browsers after 10 failures from anywhere, but never the owner’s known browser', async () => {
    const { id, email } = await user();
    const ownerIp = freshIp();
    const ownerDevice = createDeviceToken(id);
    // An attacker fails from many addresses, as many times as it is let through.
    for (let attempt = 1; attempt <= 12; attempt++) {
      const result = await authenticate({
        email,
        password: `guess ${attempt}`,
        ipAddress: freshIp(),
      });
      expect(result).toEqual(attempt <= 10 ? invalid : rateLimited);
    }
    // A browser that never signed in to this account waits, even with the right password...
    expect(await authenticate({ email, password: PASSWORD, ipAddress: ownerIp })).toEqual(
      rateLimited,
    );
    // ...as does one showing a forged device cookie or another account's...
    const other = await user();
    for (const deviceToken of [
      `${id}.forged-nonce.${'A'.repeat(43)}`,
      createDeviceToken(other.id),
      ownerDevice.replace(id, other.id),
    ]) {
      expect(
        await authenticate({ email, password: PASSWORD, ipAddress: ownerIp, deviceToken }),
      ).toEqual(rateLimited);
    }
    // ...but the owner's browser, which signed in before, is not held up.
    const result = await authenticate({
      email,
      password: PASSWORD,
      ipAddress: ownerIp,
      deviceToken: ownerDevice,
    });
    expect(result).toMatchObject({ ok: true, user: { id } });
  });

  it('limits a known browser by its own count: 10 failures, then it waits too', async () => {
    const { id, email } = await user();
    const deviceToken = createDeviceToken(id);
    for (let attempt = 1; attempt <= 10; attempt++) {
      const result = await authenticate({
        email,
        password: 'wrong',
        ipAddress: freshIp(),
        deviceToken,
      });
      expect(result).toEqual(invalid);
    }
    expect(
      await authenticate({ email, password: PASSWORD, ipAddress: freshIp(), deviceToken }),
    ).toEqual(rateLimited);
    // Another of the owner's known browsers is unaffected.
    expect(
      (
        await authenticate({
          email,
          password: PASSWORD,
          ipAddress: freshIp(),
          deviceToken: createDeviceToken(id),
        })
      ).ok,
    ).toBe(true);
  });

  it('blocks an address after 20 failures across accounts', async () => {
    const ipAddress = freshIp();
    for (let attempt = 1; attempt <= 20; attempt++) {
      const email = typed(uniqueEmail('spray'));
      expect(await authenticate({ email, password: 'guess', ipAddress })).toEqual(invalid);
    }
    const { email } = await user();
    expect(await authenticate({ email, password: PASSWORD, ipAddress })).toEqual(rateLimited);
    expect((await authenticate({ email, password: PASSWORD, ipAddress: freshIp() })).ok).toBe(true);
  });
});
