import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { eventEditSelect } from './event-edit-select';

export type DeleteEventOptions = { actor: Actor; id: string };

export const deleteEvent = async ({ actor, id }: DeleteEventOptions) => {
  assertPermission(actor, 'content.delete');
  const before = await prisma.event.findUnique({ where: { id }, select: eventEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'event');
  await prisma.event.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'event.delete',
    entityType: 'event',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
