import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { normalizeEmail } from '@/lib/validation/auth';
import { type AuditActor, recordAudit } from '@/server/audit/record-audit';
import { findUserByEmail } from '@/server/auth/find-user-by-email';
import { generateToken } from '@/server/auth/hash-token';
import { hashPassword } from '@/server/auth/password';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type InsertUserOptions = {
  /** Who creates the account, for the audit log (null: the `user:create` command). */
  auditActor: AuditActor;
  email: string;
  name: string | null;
  role: Role;
  mechanismId: string | null;
  /** Without one the account gets a random password nobody knows, until a mailed link sets one. */
  password?: string;
};

/**
 * Creates an account WITHOUT a permission check: for createUser() (which checks) and the
 * command line (which has database access anyway). Throws CONFLICT('emailTaken'),
 * INVALID_INPUT('mechanism') or NOT_FOUND('mechanism').
 */
export const insertUser = async ({
  auditActor,
  email,
  name,
  role,
  mechanismId,
  password,
}: InsertUserOptions) => {
  if (await findUserByEmail(email)) throw new AppError('CONFLICT', 'emailTaken');
  // Only focal points speak for a mechanism, and they must.
  const ownMechanismId = role === 'FOCAL_POINT' ? mechanismId : null;
  if (role === 'FOCAL_POINT' && !ownMechanismId) throw new AppError('INVALID_INPUT', 'mechanism');
  if (ownMechanismId && !(await prisma.mechanism.findUnique({ where: { id: ownMechanismId } }))) {
    throw new AppError('NOT_FOUND', 'mechanism');
  }
  const user = await prisma.user
    .create({
      data: {
        email: normalizeEmail(email),
        name,
        role,
        mechanismId: ownMechanismId,
        passwordHash: await hashPassword(password ?? generateToken()),
      },
      select: { id: true, email: true, name: true, role: true, mechanismId: true },
    })
    .catch((error: unknown) => {
      // The unique index decides when two admins create the same address at once.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('CONFLICT', 'emailTaken');
      }
      throw error;
    });
  await recordAudit({
    actor: auditActor,
    action: 'user.create',
    entityType: 'user',
    entityId: user.id,
    after: user,
  });
  return user;
};
