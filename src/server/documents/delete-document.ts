import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { documentEditSelect } from './document-edit-select';

export type DeleteDocumentOptions = { actor: Actor; id: string };

/** The stored file stays: other documents may share it (files are keyed by content). */
export const deleteDocument = async ({ actor, id }: DeleteDocumentOptions) => {
  assertPermission(actor, 'content.delete');
  const before = await prisma.document.findUnique({ where: { id }, select: documentEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'document');
  await prisma.document.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'document.delete',
    entityType: 'document',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
