import { afterAll, describe, expect, it, vi } from 'vitest';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';

// What next-auth decoded from the cookie; the session row and the user behind it are real.
const tokenSession = vi.hoisted((): { current: unknown } => ({ current: null }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('@/server/auth/options', () => ({ getAuthOptions: () => ({}) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { runButtonAction } = await import('./run-action');
const { setUserActiveAction } = await import('@/server/users/actions');
const { proposeChangeAction, reviewChangeAction } = await import('@/server/changes/actions');
const { startUserSession } = await import('@/server/auth/user-sessions');
const { prisma } = await import('@/server/db');

const emails: string[] = [];
afterAll(async () => {
  await deleteTestUsers(emails);
});

/** Where the action sent the browser: Next.js's redirect is an error carrying the path. */
const redirectedTo = async (action: Promise<unknown>) => {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown as { digest?: string },
  );
  return error?.digest?.split(';')[2] ?? error;
};

const signInAs = async (role: 'FOCAL_POINT' | 'EDITOR') => {
  const user = await createTestUser({ role });
  emails.push(user.email);
  const sid = await startUserSession({ userId: user.id, ipAddress: null });
  tokenSession.current = { user: { id: user.id, sv: 0, sid } };
  return user;
};

describe('server actions refused by permission', () => {
  it('sends an editor deactivating a user to the dashboard notice and leaves the user active', async () => {
    const target = await createTestUser({ role: 'EDITOR' });
    emails.push(target.email);
    await signInAs('EDITOR');
    expect(await redirectedTo(setUserActiveAction('en', target.id, false))).toBe(
      '/en/admin?denied=1',
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
  });

  it('sends a focal point reviewing a change to the dashboard notice', async () => {
    await signInAs('FOCAL_POINT');
    const form = new FormData();
    form.set('decision', 'approve');
    expect(await redirectedTo(reviewChangeAction('es', 'any-id', { ok: true }, form))).toBe(
      '/es/admin?denied=1',
    );
  });

  it('sends an editor proposing a focal point change to the dashboard notice', async () => {
    await signInAs('EDITOR');
    expect(
      await redirectedTo(proposeChangeAction('pt', 'mechanism', { ok: true }, new FormData())),
    ).toBe('/pt/admin?denied=1');
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    tokenSession.current = null;
    expect(await redirectedTo(setUserActiveAction('pt', 'any-id', true))).toBe('/pt/sign-in');
  });
});

describe('runButtonAction', () => {
  const done = { pathname: '/admin/documents/x', done: 'published' };
  const publish = (run = vi.fn(async () => done)) =>
    runButtonAction({ rawLocale: 'pt', permission: 'content.publish', run });

  it('sends a role without the permission to the dashboard notice, without running the change', async () => {
    await signInAs('FOCAL_POINT');
    const run = vi.fn(async () => done);
    expect(await redirectedTo(publish(run))).toBe('/pt/admin?denied=1');
    expect(run).not.toHaveBeenCalled();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    tokenSession.current = null;
    expect(await redirectedTo(publish())).toBe('/pt/sign-in');
  });

  it('runs the change for a role that has the permission', async () => {
    await signInAs('EDITOR');
    const run = vi.fn(async () => done);
    expect(await redirectedTo(publish(run))).toBe('/pt/admin/documents/x?done=published');
    expect(run).toHaveBeenCalledOnce();
  });
});
