import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type PublishDocumentOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishDocument = async ({ actor, id, published }: PublishDocumentOptions) => {
  assertPermission(actor, 'content.publish');
  const before = await prisma.document.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError('NOT_FOUND', 'document');
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.document.update({ where: { id }, data: { status } });
  await recordAudit({
    actor,
    action: published ? 'document.publish' : 'document.unpublish',
    entityType: 'document',
    entityId: id,
    before,
    after: { status },
  });
};
