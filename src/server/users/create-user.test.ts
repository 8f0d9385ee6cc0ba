import { randomUUID } from 'node:crypto';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';

// The welcome mail is covered end to end; here only who may have which address matters.
vi.mock('@/server/auth/send-password-link', () => ({ sendPasswordLink: async () => {} }));

const { createUser } = await import('./create-user');
const { insertUser } = await import('./insert-user');

const emails: string[] = [];

afterAll(async () => {
  await deleteTestUsers(emails);
});

/** `editor-…@example.org` exists; `ed_tor-…` would match it as a LIKE pattern. */
const existingEditor = async () => {
  const suffix = randomUUID().slice(0, 8);
  const editor = await createTestUser({ email: `editor-${suffix}@example.org` });
  emails.push(editor.email, `ed_tor-${suffix}@example.org`, `%-${suffix}@example.org`);
  return { editor, suffix };
};

describe('user creation compares addresses exactly', () => {
  it('in the back office: accepts `ed_tor@…` next to `editor@…`, refuses `Editor@…`', async () => {
    const admin = await createTestUser({ role: 'ADMIN' });
    emails.push(admin.email);
    const { editor, suffix } = await existingEditor();
    const actor = { ...admin, mechanismId: null };
    const values = { name: null, role: 'EDITOR', mechanismId: null } as const;
    const { user } = await createUser({
      actor,
      locale: 'en',
      email: `ed_tor-${suffix}@example.org`,
      ...values,
    });
    expect(user.email).toBe(`ed_tor-${suffix}@example.org`);
    await expect(
      createUser({
        actor,
        locale: 'en',
        email: editor.email.replace('editor', 'Editor'),
        ...values,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('for `npm run user:create`: the same, and `%` is an address like any other', async () => {
    const { editor, suffix } = await existingEditor();
    const values = { auditActor: null, name: null, role: 'EDITOR', mechanismId: null } as const;
    for (const email of [`ed_tor-${suffix}@example.org`, `%-${suffix}@example.org`]) {
      expect(await insertUser({ ...values, email })).toMatchObject({ email });
    }
    await expect(
      insertUser({ ...values, email: ` ${editor.email.toUpperCase()} ` }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
