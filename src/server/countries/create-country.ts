import 'server-only';

import type { TCreateCountrySchema } from '@/lib/validation/country-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { countryEditSelect } from './country-edit-select';
import { toCountryWriteData } from './country-write-data';

export type CreateCountryOptions = { actor: Actor; data: TCreateCountrySchema };

/** New countries start as drafts; ISO codes must be unique. */
export const createCountry = async ({ actor, data }: CreateCountryOptions) => {
  assertPermission(actor, 'countries.edit');
  const { scalars, translations } = toCountryWriteData(data);
  const clash = await prisma.country.findFirst({
    where: { OR: [{ iso2: data.iso2 }, { iso3: data.iso3 }] },
    select: { id: true },
  });
  if (clash) throw new AppError('CONFLICT', 'isoTaken');
  const slug = await resolveSlug({
    requested: data.slug,
    source: data.translations.es.name ?? data.iso3,
    isTaken: async (candidate) =>
      !!(await prisma.country.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const country = await prisma.country.create({
    data: { ...scalars, slug, status: 'DRAFT', translations: { create: translations } },
    select: countryEditSelect,
  });
  await recordAudit({
    actor,
    action: 'country.create',
    entityType: 'country',
    entityId: country.id,
    before: null,
    after: toAuditJson(country),
  });
  return country;
};
