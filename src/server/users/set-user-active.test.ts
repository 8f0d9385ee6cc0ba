import { afterAll, describe, expect, it } from 'vitest';

import { prisma } from '@/server/db';

import { createTestUser, deleteTestUsers } from '../../../tests/support/auth-fixtures';
import { insertUser } from './insert-user';
import { setUserActive } from './set-user-active';

const emails: string[] = [];
const user = async (role: 'ADMIN' | 'EDITOR' = 'EDITOR') => {
  const created = await createTestUser({ role });
  emails.push(created.email);
  return { ...created, mechanismId: null };
};

afterAll(async () => {
  await deleteTestUsers(emails);
});

describe('setUserActive', () => {
  it('deactivates an account and ends its sessions; only admins may', async () => {
    const admin = await user('ADMIN');
    const editor = await user();
    await expect(
      setUserActive({ actor: editor, id: admin.id, active: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setUserActive({ actor: admin, id: editor.id, active: false });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({
      active: false,
      sessionVersion: 1,
    });
    expect(
      await prisma.auditLog.findFirst({
        where: { action: 'user.deactivate', entityId: editor.id },
      }),
    ).toMatchObject({ actorId: admin.id, after: { active: false } });
  });

  it('does not let admins deactivate themselves', async () => {
    const admin = await user('ADMIN');
    await expect(
      setUserActive({ actor: admin, id: admin.id, active: false }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('insertUser', () => {
  it('stores the address in lower case, refuses duplicates, and never a usable empty password', async () => {
    const email = `New-${Date.now()}@Test.invalid`;
    emails.push(email.toLowerCase());
    const created = await insertUser({
      auditActor: null,
      email,
      name: 'New',
      role: 'EDITOR',
      mechanismId: 'ignored for editors',
    });
    expect(created).toMatchObject({ email: email.toLowerCase(), mechanismId: null });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(
      insertUser({
        auditActor: null,
        email: email.toUpperCase(),
        name: null,
        role: 'ADMIN',
        mechanismId: null,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
