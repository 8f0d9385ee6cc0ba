import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { cooperationEditSelect } from './cooperation-edit-select';

export type DeleteCooperationOptions = { actor: Actor; id: string };

export const deleteCooperation = async ({ actor, id }: DeleteCooperationOptions) => {
  assertPermission(actor, 'content.delete');
  const before = await prisma.cooperation.findUnique({
    where: { id },
    select: cooperationEditSelect,
  });
  if (!before) throw new AppError('NOT_FOUND', 'cooperation');
  await prisma.cooperation.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'cooperation.delete',
    entityType: 'cooperation',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
