import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/auth/actor';
import { assertPermission } from '@/server/auth/permissions';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type SetUserActiveOptions = { actor: Actor; id: string; active: boolean };

/**
 * Deactivates (or reactivates) an account. Deactivation also bumps sessionVersion, so the
 * person's open sessions end at their next request. Admins cannot deactivate themselves, so
 * there is always someone left to manage accounts.
 */
export const setUserActive = async ({ actor, id, active }: SetUserActiveOptions) => {
  assertPermission(actor, 'users.manage');
  if (id === actor.id) throw new AppError('CONFLICT', 'self');
  const before = await prisma.user.findUnique({ where: { id }, select: { active: true } });
  if (!before) throw new AppError('NOT_FOUND', 'user');
  if (before.active === active) return;
  await prisma.user.update({
    where: { id },
    data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
  });
  await recordAudit({
    actor,
    action: active ? 'user.activate' : 'user.deactivate',
    entityType: 'user',
    entityId: id,
    before,
    after: { active },
  });
};
