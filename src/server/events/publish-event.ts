import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type PublishEventOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishEvent = async ({ actor, id, published }: PublishEventOptions) => {
  assertPermission(actor, 'content.publish');
  const before = await prisma.event.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError('NOT_FOUND', 'event');
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.event.update({ where: { id }, data: { status } });
  await recordAudit({
    actor,
    action: published ? 'event.publish' : 'event.unpublish',
    entityType: 'event',
    entityId: id,
    before,
    after: { status },
  });
};
