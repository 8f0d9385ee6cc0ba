import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

export type PublishCountryOptions = {
  actor: Actor;
  id: string;
  /** False takes it back to draft (unpublish). */
  published: boolean;
};

export const publishCountry = async ({ actor, id, published }: PublishCountryOptions) => {
  assertPermission(actor, 'countries.edit');
  assertPermission(actor, 'content.publish');
  const before = await prisma.country.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new AppError('NOT_FOUND', 'country');
  const status = published ? 'PUBLISHED' : 'DRAFT';
  await prisma.country.update({ where: { id }, data: { status } });
  await recordAudit({
    actor,
    action: published ? 'country.publish' : 'country.unpublish',
    entityType: 'country',
    entityId: id,
    before,
    after: { status },
  });
};
