import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { mechanismEditSelect } from './mechanism-edit-select';
import { type MechanismWriteInput, toMechanismWriteData } from './mechanism-write-data';

export type UpdateMechanismOptions = {
  actor: Actor;
  id: string;
  /** The full editor form, or only the profile when applying an approved proposal. */
  data: MechanismWriteInput & { version: number };
  /** Audit action name, e.g. `change.apply` when a focal point's proposal is approved. */
  auditAction?: string;
};

/** Saves only if nobody saved since the form was loaded (`data.version`), else CONFLICT. */
export const updateMechanism = async ({
  actor,
  id,
  data,
  auditAction = 'mechanism.update',
}: UpdateMechanismOptions) => {
  assertPermission(actor, 'content.edit');
  const before = await prisma.mechanism.findUnique({ where: { id }, select: mechanismEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'mechanism');
  const { scalars, translations } = toMechanismWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.mechanism.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });

  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.mechanism.updateMany({
      where: { id, version: data.version },
      data: { ...scalars, slug, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'version');
    await tx.mechanismTranslation.deleteMany({ where: { mechanismId: id } });
    await tx.mechanismTranslation.createMany({
      data: translations.map((row) => ({ ...row, mechanismId: id })),
    });
    return tx.mechanism.findUniqueOrThrow({ where: { id }, select: mechanismEditSelect });
  });
  await recordAudit({
    actor,
    action: auditAction,
    entityType: 'mechanism',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
