import 'server-only';

import type { TUpdateDocumentSchema } from '@/lib/validation/document-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { documentEditSelect } from './document-edit-select';
import { toDocumentWriteData } from './document-write-data';

export type UpdateDocumentOptions = {
  actor: Actor;
  id: string;
  data: TUpdateDocumentSchema;
  /** A newly uploaded StoredFile; undefined keeps the current file. */
  fileId?: string;
};

/**
 * Saves only if nobody saved since the form was loaded (`data.version`); otherwise CONFLICT and
 * nothing changes.
 */
export const updateDocument = async ({ actor, id, data, fileId }: UpdateDocumentOptions) => {
  assertPermission(actor, 'content.edit');
  const before = await prisma.document.findUnique({ where: { id }, select: documentEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'document');
  const { scalars, translations, relations } = toDocumentWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.document.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const nextFileId = fileId ?? (data.removeFile ? null : before.fileId);

  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({
      where: { id, version: data.version },
      data: { ...scalars, slug, fileId: nextFileId, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'version');
    await tx.documentTranslation.deleteMany({ where: { documentId: id } });
    await tx.documentTranslation.createMany({
      data: translations.map((row) => ({ ...row, documentId: id })),
    });
    return tx.document.update({
      where: { id },
      data: {
        themes: { set: relations.themes },
        countries: { set: relations.countries },
        mechanisms: { set: relations.mechanisms },
      },
      select: documentEditSelect,
    });
  });
  await recordAudit({
    actor,
    action: 'document.update',
    entityType: 'document',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
