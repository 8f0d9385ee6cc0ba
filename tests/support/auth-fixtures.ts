import { randomUUID } from 'node:crypto';

import { hash } from '@node-rs/argon2';

import type { Role } from '@/generated/prisma/enums';
import { startUserSession } from '@/server/auth/user-sessions';
import { prisma } from '@/server/db';

/** A unique address per call, so tests never meet each other's rows or rate-limit counters. */
export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@test.invalid`;

export const createTestUser = async ({
  email = uniqueEmail(),
  password = 'a long test password',
  role = 'EDITOR' as Role,
  active = true,
  mechanismId = null as string | null,
} = {}) =>
  prisma.user.create({
    data: { email, role, active, mechanismId, passwordHash: await hash(password) },
  });

export const deleteTestUsers = async (emails: string[]) => {
  await prisma.auditLog.deleteMany({ where: { actorEmail: { in: emails } } });
  await prisma.user.deleteMany({ where: { email: { in: emails } } });
};

/** A fresh user of `role` with a real session row, and the token next-auth would decode for it. */
export const createSignedInUser = async (role: Role) => {
  const user = await createTestUser({ role });
  const sid = await startUserSession({ userId: user.id, ipAddress: null });
  return { user, token: { user: { id: user.id, sv: 0, sid } } };
};

/** Where a server action sent the browser: Next.js's redirect is an error carrying the path. */
export const redirectedTo = async (action: Promise<unknown>) => {
  const error = await action.then(
    () => null,
    (thrown: unknown) => thrown as { digest?: string },
  );
  return error?.digest?.split(';')[2] ?? error;
};
