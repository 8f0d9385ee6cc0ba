import 'server-only';

import type { TCreateMechanismSchema } from '@/lib/validation/mechanism-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { firstText } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { mechanismEditSelect } from './mechanism-edit-select';
import { toMechanismWriteData } from './mechanism-write-data';

export type CreateMechanismOptions = { actor: Actor; data: TCreateMechanismSchema };

/** New mechanisms start as drafts. */
export const createMechanism = async ({ actor, data }: CreateMechanismOptions) => {
  assertPermission(actor, 'content.edit');
  const { scalars, translations } = toMechanismWriteData(data);
  const slug = await resolveSlug({
    requested: data.slug,
    source:
      data.acronym ??
      data.jurisdiction ??
      (firstText(data.translations, data.originalLocale, 'name') || 'mechanism'),
    isTaken: async (candidate) =>
      !!(await prisma.mechanism.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const mechanism = await prisma.mechanism.create({
    data: {
      ...scalars,
      countryId: data.countryId,
      level: data.level,
      originalLocale: data.originalLocale,
      slug,
      status: 'DRAFT',
      translations: { create: translations },
    },
    select: mechanismEditSelect,
  });
  await recordAudit({
    actor,
    action: 'mechanism.create',
    entityType: 'mechanism',
    entityId: mechanism.id,
    before: null,
    after: toAuditJson(mechanism),
  });
  return mechanism;
};
