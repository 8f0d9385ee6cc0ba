import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type PublishCooperationOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishCooperation = async ({ actor, id, published }: PublishCooperationOptions) => {
  assertPermission(actor, 'content.publish');
  const before = await prisma.cooperation.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError('NOT_FOUND', 'cooperation');
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.cooperation.update({ where: { id }, data: { status } });
  await recordAudit({
    actor,
    action: published ? 'cooperation.publish' : 'cooperation.unpublish',
    entityType: 'cooperation',
    entityId: id,
    before,
    after: { status },
  });
};
