import type { Role } from '@/generated/prisma/enums';
import { AppError } from '@/server/errors';

/**
 * Every action a guard can ask for; guards name a permission, never a role.
 * `mechanism.propose` lets a focal point propose changes for their OWN mechanism only: the
 * domain function compares the actor's mechanismId, the permission alone is not enough.
 */
export const ALL_PERMISSIONS = [
  'content.edit',
  'content.publish',
  'content.delete',
  'mechanism.propose',
  'changes.review',
  'users.manage',
  'audit.read',
  'countries.edit',
  'themes.edit',
  'thesaurus.edit',
  'mail.queue',
  'subscribers.read',
  'dataDownload.build',
] as const;

export type Permission = (typeof ALL_PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: ALL_PERMISSIONS,
  EDITOR: [
    'content.edit',
    'content.publish',
    'content.delete',
    'changes.review',
    'countries.edit',
    'themes.edit',
    'thesaurus.edit',
    'mail.queue',
  ],
  FOCAL_POINT: ['mechanism.propose'],
};

export const hasPermission = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);

/** Domain functions check the actor themselves: an action's guard is not the only line. */
export const assertPermission = (actor: { role: Role }, permission: Permission) => {
  if (!hasPermission(actor.role, permission)) {
    throw new AppError('FORBIDDEN', `${actor.role} may not ${permission}`);
  }
};
