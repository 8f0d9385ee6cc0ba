import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { mechanismEditSelect } from './mechanism-edit-select';

export type DeleteMechanismOptions = { actor: Actor; id: string };

/** Its documents and events stay; local mechanisms lose their parent link. */
export const deleteMechanism = async ({ actor, id }: DeleteMechanismOptions) => {
  assertPermission(actor, 'content.delete');
  const before = await prisma.mechanism.findUnique({ where: { id }, select: mechanismEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'mechanism');
  await prisma.mechanism.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'mechanism.delete',
    entityType: 'mechanism',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
