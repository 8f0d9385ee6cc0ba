import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { countryEditSelect } from './country-edit-select';

export type DeleteCountryOptions = { actor: Actor; id: string };

/** Refused while mechanisms belong to the country: deleting would cascade to them. */
export const deleteCountry = async ({ actor, id }: DeleteCountryOptions) => {
  assertPermission(actor, 'countries.edit');
  assertPermission(actor, 'content.delete');
  const before = await prisma.country.findUnique({ where: { id }, select: countryEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'country');
  const mechanisms = await prisma.mechanism.count({ where: { countryId: id } });
  if (mechanisms > 0) throw new AppError('CONFLICT', 'countryHasMechanisms');
  await prisma.country.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'country.delete',
    entityType: 'country',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
