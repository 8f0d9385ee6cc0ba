import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type PublishMechanismOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishMechanism = async ({ actor, id, published }: PublishMechanismOptions) => {
  assertPermission(actor, 'content.publish');
  const before = await prisma.mechanism.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError('NOT_FOUND', 'mechanism');
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.mechanism.update({ where: { id }, data: { status } });
  await recordAudit({
    actor,
    action: published ? 'mechanism.publish' : 'mechanism.unpublish',
    entityType: 'mechanism',
    entityId: id,
    before,
    after: { status },
  });
};
