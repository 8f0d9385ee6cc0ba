import { afterAll, describe, expect, it, vi } from 'vitest';

import {
  createSignedInUser,
  deleteTestUsers,
  redirectedTo,
} from '../../../tests/support/auth-fixtures';

// What next-auth decoded from the cookie; the session row and the user behind it are real.
const tokenSession = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('next-auth', () => ({ getServerSession: async () => tokenSession.current }));
vi.mock('@/server/auth/options', () => ({ getAuthOptions: () => ({}) }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { runContentAction } = await import('./content-action');

const emails: string[] = [];
afterAll(async () => {
  await deleteTestUsers(emails);
});

const signInAs = async (role: 'FOCAL_POINT' | 'EDITOR') => {
  const { user, token } = await createSignedInUser(role);
  emails.push(user.email);
  tokenSession.current = token;
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
