import 'server-only';

import type { TCreateDocumentSchema } from '@/lib/validation/document-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { firstText } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { documentEditSelect } from './document-edit-select';
import { toDocumentWriteData } from './document-write-data';

export type CreateDocumentOptions = {
  actor: Actor;
  data: TCreateDocumentSchema;
  /** A StoredFile from storeDocumentFile. */
  fileId?: string | null;
};

/** New documents start as drafts: nobody outside the back office sees them until published. */
export const createDocument = async ({ actor, data, fileId = null }: CreateDocumentOptions) => {
  assertPermission(actor, 'content.edit');
  const { scalars, translations, relations } = toDocumentWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    source: firstText(data.translations, data.originalLocale, 'title'),
    isTaken: async (candidate) =>
      !!(await prisma.document.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const document = await prisma.document.create({
    data: {
      ...scalars,
      slug,
      fileId,
      status: 'DRAFT',
      translations: { create: translations },
      themes: { connect: relations.themes },
      countries: { connect: relations.countries },
      mechanisms: { connect: relations.mechanisms },
    },
    select: documentEditSelect,
  });
  await recordAudit({
    actor,
    action: 'document.create',
    entityType: 'document',
    entityId: document.id,
    before: null,
    after: toAuditJson(document),
  });
  return document;
};
