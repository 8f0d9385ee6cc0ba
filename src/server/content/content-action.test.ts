import { afterAll, describe, expect, it, vi } from 'vitest';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';

// What next-auth decoded from the cookie; the session row and the user behind it are real.
const tokenSession = vi.hoisted((): { current: unknown } => ({ current: null }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('@/server/auth/options', () => ({ getAuthOptions: () => ({}) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { runContentAction } = await import('./content-action');
const { startUserSession } = await import('@/server/auth/user-sessions');

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
};

describe('runContentAction', () => {
  const publish = (run = vi.fn()) =>
    runContentAction({
      rawLocale: 'pt',
      permission: 'content.publish',
      pathname: '/admin/documents/x',
      done: 'published',
      run,
    });

  it('sends a role without the permission to the dashboard notice, without running the change', async () => {
    await signInAs('FOCAL_POINT');
    const run = vi.fn();
    expect(await redirectedTo(publish(run))).toBe('/pt/admin?denied=1');
    expect(run).not.toHaveBeenCalled();
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    tokenSession.current = null;
    expect(await redirectedTo(publish())).toBe('/pt/sign-in');
  });

  it('runs the change for a role that has the permission', async () => {
    await signInAs('EDITOR');
    const run = vi.fn();
    expect(await redirectedTo(publish(run))).toBe('/pt/admin/documents/x?done=published');
    expect(run).toHaveBeenCalledOnce();
  });
});
