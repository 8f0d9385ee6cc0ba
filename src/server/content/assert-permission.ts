import 'server-only';

import { hasPermission, type Permission } from '@/server/auth/permissions';
import { AppError } from '@/server/errors';

import type { Actor } from './actor';

/** Domain functions check the actor themselves: an action's guard is not the only line. */
export const assertPermission = (actor: Actor, permission: Permission) => {
  if (!hasPermission(actor.role, permission)) {
    throw new AppError('FORBIDDEN', `${actor.role} may not ${permission}`);
  }
};
