import 'server-only';

import type { TCreateCooperationSchema } from '@/lib/validation/cooperation-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { firstText } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { cooperationEditSelect } from './cooperation-edit-select';
import { toCooperationWriteData } from './cooperation-write-data';

export type CreateCooperationOptions = { actor: Actor; data: TCreateCooperationSchema };

/** New cooperations start as drafts. */
export const createCooperation = async ({ actor, data }: CreateCooperationOptions) => {
  assertPermission(actor, 'content.edit');
  const { scalars, translations, relations } = toCooperationWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    source: firstText(data.translations, data.originalLocale, 'title'),
    isTaken: async (candidate) =>
      !!(await prisma.cooperation.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const cooperation = await prisma.cooperation.create({
    data: {
      ...scalars,
      slug,
      status: 'DRAFT',
      translations: { create: translations },
      mechanisms: { connect: relations.mechanisms },
      documents: { connect: relations.documents },
    },
    select: cooperationEditSelect,
  });
  await recordAudit({
    actor,
    action: 'cooperation.create',
    entityType: 'cooperation',
    entityId: cooperation.id,
    before: null,
    after: toAuditJson(cooperation),
  });
  return cooperation;
};
