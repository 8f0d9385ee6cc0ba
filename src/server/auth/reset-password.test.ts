import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';
import { createPasswordReset, PASSWORD_RESET_TTL_MS } from './create-password-reset';
import { hashToken } from './hash-token';
import { verifyPassword } from './password';
import { resetPassword } from './reset-password';

const emails: string[] = [];
const user = async () => {
  const created = await createTestUser();
  emails.push(created.email);
  return created;
};

afterAll(async () => {
  await deleteTestUsers(emails);
});

const NEW_PASSWORD = 'a brand new passphrase';

describe('password reset tokens', () => {
  it('stores only the SHA-256 of the token, valid for one hour', async () => {
    const { id } = await user();
    const now = new Date('2026-01-01T10:00:00Z');
    const token = await createPasswordReset({ userId: id, now });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await prisma.passwordResetToken.findMany({ where: { userId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - now.getTime()).toBe(PASSWORD_RESET_TTL_MS);
  });

  it('sets the password once, ends sessions, and refuses the same token a second time', async () => {
    const { id, sessionVersion } = await user();
    const token = await createPasswordReset({ userId: id });
    await resetPassword({ token, newPassword: NEW_PASSWORD, ipAddress: '203.0.113.5' });
    const updated = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(updated.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(updated.sessionVersion).toBe(sessionVersion + 1);
    await expect(
      resetPassword({ token, newPassword: 'yet another passphrase', ipAddress: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const audit = await prisma.auditLog.findFirst({
      where: { action: 'auth.password-reset', entityId: id },
    });
    expect(audit?.ipAddress).toBe('203.0.113.5');
  });

  it('refuses an expired token', async () => {
    const { id, passwordHash } = await user();
    const issuedAt = new Date();
    const token = await createPasswordReset({ userId: id, now: issuedAt });
    const later = new Date(issuedAt.getTime() + PASSWORD_RESET_TTL_MS + 1000);
    await expect(
      resetPassword({ token, newPassword: NEW_PASSWORD, ipAddress: null, now: later }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe(
      passwordHash,
    );
  });

  it('accepts only the newest link of a user', async () => {
    const { id } = await user();
    const first = await createPasswordReset({ userId: id });
    const second = await createPasswordReset({ userId: id });
    await expect(
      resetPassword({ token: first, newPassword: NEW_PASSWORD, ipAddress: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      resetPassword({ token: second, newPassword: NEW_PASSWORD, ipAddress: null }),
    ).resolves.toEqual({ userId: id });
  });

  it('refuses an unknown token and a deactivated account', async () => {
    await expect(
      resetPassword({ token: 'x'.repeat(43), newPassword: NEW_PASSWORD, ipAddress: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const { id } = await user();
    const token = await createPasswordReset({ userId: id });
    await prisma.user.update({ where: { id }, data: { active: false } });
    await expect(
      resetPassword({ token, newPassword: NEW_PASSWORD, ipAddress: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
