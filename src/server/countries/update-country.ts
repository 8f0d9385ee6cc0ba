import 'server-only';

import type { TUpdateCountrySchema } from '@/lib/validation/country-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { countryEditSelect } from './country-edit-select';
import { toCountryWriteData } from './country-write-data';

export type UpdateCountryOptions = { actor: Actor; id: string; data: TUpdateCountrySchema };

/** Treaty status and dates; saves only if nobody saved since the form was loaded. */
export const updateCountry = async ({ actor, id, data }: UpdateCountryOptions) => {
  assertPermission(actor, 'countries.edit');
  const before = await prisma.country.findUnique({ where: { id }, select: countryEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'country');
  const { version, ...fields } = data;
  const { scalars, translations } = toCountryWriteData(fields);
  const clash = await prisma.country.findFirst({
    where: { id: { not: id }, OR: [{ iso2: data.iso2 }, { iso3: data.iso3 }] },
    select: { id: true },
  });
  if (clash) throw new AppError('CONFLICT', 'isoTaken');
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.country.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });

  const after = await prisma.$transaction(async (tx) => {
    const { count } = await tx.country.updateMany({
      where: { id, version },
      data: { ...scalars, slug, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', 'version');
    await tx.countryTranslation.deleteMany({ where: { countryId: id } });
    await tx.countryTranslation.createMany({
      data: translations.map((row) => ({ ...row, countryId: id })),
    });
    return tx.country.findUniqueOrThrow({ where: { id }, select: countryEditSelect });
  });
  await recordAudit({
    actor,
    action: 'country.update',
    entityType: 'country',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
