import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';

// What next-auth decoded from the cookie; the test decides. The database check is real.
const tokenSession = vi.hoisted((): { current: unknown } => ({ current: null }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('./options', () => ({ getAuthOptions: () => ({}) }));

const { getSession, requirePermission, requireUser } = await import('./session');
const { revokeUserSession, startUserSession } = await import('./user-sessions');

/** A token as next-auth decodes it, for a real session row of the user. */
const tokenFor = async (id: string, sv = 0) => ({
  user: { id, sv, sid: await startUserSession({ userId: id, ipAddress: '192.0.2.10' }) },
});

const emails: string[] = [];
const user = async (options: Parameters<typeof createTestUser>[0] = {}) => {
  const created = await createTestUser(options);
  emails.push(created.email);
  return created;
};

beforeEach(() => {
  tokenSession.current = null;
});

afterAll(async () => {
  await deleteTestUsers(emails);
});

describe('getSession', () => {
  it('returns the user when the token matches an active account', async () => {
    const { id, email } = await user({ role: 'ADMIN' });
    const token = await tokenFor(id);
    tokenSession.current = token;
    expect(await getSession()).toEqual({
      user: { id, email, name: null, role: 'ADMIN', mechanismId: null },
      sessionId: token.user.sid,
    });
  });

  it('rejects a token issued before a password change (stale sessionVersion)', async () => {
    const { id } = await user();
    await prisma.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    tokenSession.current = await tokenFor(id, 0);
    expect(await getSession()).toBeNull();
    tokenSession.current = await tokenFor(id, 1);
    expect(await getSession()).not.toBeNull();
  });

  it('rejects a deactivated account', async () => {
    const { id } = await user({ active: false });
    tokenSession.current = await tokenFor(id);
    expect(await getSession()).toBeNull();
  });

  it('rejects a token for an account that no longer exists, or without a version', async () => {
    tokenSession.current = { user: { id: 'no-such-user', sv: 0, sid: 'no-such-session' } };
    expect(await getSession()).toBeNull();
    const { id } = await user();
    tokenSession.current = { user: { id, sid: (await tokenFor(id)).user.sid } };
    expect(await getSession()).toBeNull();
  });

  it('refuses a copied cookie once its session is signed out, and only that session', async () => {
    const { id } = await user();
    const signedOut = await tokenFor(id);
    const otherBrowser = await tokenFor(id);
    await revokeUserSession(signedOut.user.sid);
    tokenSession.current = signedOut;
    expect(await getSession()).toBeNull();
    tokenSession.current = otherBrowser;
    expect(await getSession()).not.toBeNull();
  });

  it('refuses a token without a session, with the session of another user, or an expired one', async () => {
    const { id } = await user();
    const { id: otherId } = await user();
    tokenSession.current = { user: { id, sv: 0 } };
    expect(await getSession()).toBeNull();
    tokenSession.current = { user: { id, sv: 0, sid: (await tokenFor(otherId)).user.sid } };
    expect(await getSession()).toBeNull();
    const expired = await tokenFor(id);
    await prisma.userSession.update({
      where: { id: expired.user.sid },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    tokenSession.current = expired;
    expect(await getSession()).toBeNull();
  });
});

describe('startUserSession', () => {
  it("deletes the user's sessions that ended more than a day ago, and only those", async () => {
    const { id } = await user();
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const expired = await startUserSession({ userId: id, ipAddress: null });
    const revokedLongAgo = await startUserSession({ userId: id, ipAddress: null });
    const revokedToday = await startUserSession({ userId: id, ipAddress: null });
    await prisma.userSession.update({ where: { id: expired }, data: { expiresAt: twoDaysAgo } });
    await prisma.userSession.update({
      where: { id: revokedLongAgo },
      data: { revokedAt: twoDaysAgo },
    });
    await revokeUserSession(revokedToday);

    const fresh = await startUserSession({ userId: id, ipAddress: '192.0.2.10' });
    const left = await prisma.userSession.findMany({ where: { userId: id }, select: { id: true } });
    expect(left.map((row) => row.id).sort()).toEqual([revokedToday, fresh].sort());
  });
});

describe('requireUser and requirePermission', () => {
  it('throw UNAUTHENTICATED without a session', async () => {
    await expect(requireUser()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(requirePermission('content.edit')).rejects.toBeInstanceOf(AppError);
  });

  it('throw FORBIDDEN when the role lacks the permission', async () => {
    const { id } = await user({ role: 'FOCAL_POINT' });
    tokenSession.current = await tokenFor(id);
    await expect(requirePermission('users.manage')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(requirePermission('mechanism.propose')).resolves.toMatchObject({ id });
  });
});
