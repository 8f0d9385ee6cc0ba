import 'server-only';

import type { TCreateEventSchema } from '@/lib/validation/event-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { firstText } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { eventEditSelect } from './event-edit-select';
import { toEventWriteData } from './event-write-data';

export type CreateEventOptions = { actor: Actor; data: TCreateEventSchema };

/** New events start as drafts. */
export const createEvent = async ({ actor, data }: CreateEventOptions) => {
  assertPermission(actor, 'content.edit');
  const { scalars, translations, relations } = toEventWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    source: firstText(data.translations, data.originalLocale, 'title'),
    isTaken: async (candidate) =>
      !!(await prisma.event.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const event = await prisma.event.create({
    data: {
      ...scalars,
      slug,
      status: 'DRAFT',
      translations: { create: translations },
      mechanisms: { connect: relations.mechanisms },
      documents: { connect: relations.documents },
    },
    select: eventEditSelect,
  });
  await recordAudit({
    actor,
    action: 'event.create',
    entityType: 'event',
    entityId: event.id,
    before: null,
    after: toAuditJson(event),
  });
  return event;
};
