import { randomUUID } from 'node:crypto';

import { hash } from '@node-rs/argon2';

import type { Role } from '@/generated/prisma/enums';
import { prisma } from '@/server/db';

/** A unique address per call, so tests never meet each other's rows or rate-limit counters. */
export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 8)}@test.invalid`;

export type CreateTestUserOptions = {
  email?: string;
  password?: string;
  role?: Role;
  active?: boolean;
  mechanismId?: string | null;
};

export const createTestUser = async ({
  email = uniqueEmail(),
  password = 'a long test password',
  role = 'EDITOR',
  active = true,
  mechanismId = null,
}: CreateTestUserOptions = {}) =>
  prisma.user.create({
    data: { email, role, active, mechanismId, passwordHash: await hash(password) },
  });

export const deleteTestUsers = async (emails: string[]) => {
  await prisma.auditLog.deleteMany({ where: { actorEmail: { in: emails } } });
  await prisma.user.deleteMany({ where: { email: { in: emails } } });
};
