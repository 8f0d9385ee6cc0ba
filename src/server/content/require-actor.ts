import 'server-only';

import type { Permission } from '@/server/auth/permissions';
import { requirePermission } from '@/server/auth/session';

import type { Actor } from './actor';

/** The signed-in user as an Actor, if they hold `permission` (else the session guard throws). */
export const requireActor = async (permission: Permission): Promise<Actor> => {
  const user = await requirePermission(permission);
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    mechanismId: user.mechanismId ?? null,
  };
};
