import 'server-only';

import type { TUpdateCooperationSchema } from '@/lib/validation/cooperation-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { cooperationEditSelect } from './cooperation-edit-select';
import { toCooperationWriteData } from './cooperation-write-data';

export type UpdateCooperationOptions = { actor: Actor; id: string; data: TUpdateCooperationSchema };

/** Saves only if nobody saved since the form was loaded (`data.version`), else CONFLICT. */
export const updateCooperation = async ({ actor, id, data }: UpdateCooperationOptions) => {
  assertPermission(actor, 'content.edit');
  const before = await prisma.cooperation.findUnique({
    where: { id },
    select: cooperationEditSelect,
  });
  if (!before) throw new AppError('NOT_FOUND', 'cooperation');
  const { scalars, translations, relations } = toCooperationWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.cooperation.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });

  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.cooperation.updateMany({
      where: { id, version: data.version },
      data: { ...scalars, slug, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'version');
    await tx.cooperationTranslation.deleteMany({ where: { cooperationId: id } });
    await tx.cooperationTranslation.createMany({
      data: translations.map((row) => ({ ...row, cooperationId: id })),
    });
    return tx.cooperation.update({
      where: { id },
      data: {
        mechanisms: { set: relations.mechanisms },
        documents: { set: relations.documents },
      },
      select: cooperationEditSelect,
    });
  });
  await recordAudit({
    actor,
    action: 'cooperation.update',
    entityType: 'cooperation',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
