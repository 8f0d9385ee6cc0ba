import 'server-only';

import type { TUpdateEventSchema } from '@/lib/validation/event-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { eventEditSelect } from './event-edit-select';
import { toEventWriteData } from './event-write-data';

export type UpdateEventOptions = { actor: Actor; id: string; data: TUpdateEventSchema };

/** Saves only if nobody saved since the form was loaded (`data.version`), else CONFLICT. */
export const updateEvent = async ({ actor, id, data }: UpdateEventOptions) => {
  assertPermission(actor, 'content.edit');
  const before = await prisma.event.findUnique({ where: { id }, select: eventEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'event');
  const { scalars, translations, relations } = toEventWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.event.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });

  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id, version: data.version },
      data: { ...scalars, slug, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'version');
    await tx.eventTranslation.deleteMany({ where: { eventId: id } });
    await tx.eventTranslation.createMany({
      data: translations.map((row) => ({ ...row, eventId: id })),
    });
    return tx.event.update({
      where: { id },
      data: {
        mechanisms: { set: relations.mechanisms },
        documents: { set: relations.documents },
      },
      select: eventEditSelect,
    });
  });
  await recordAudit({
    actor,
    action: 'event.update',
    entityType: 'event',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
