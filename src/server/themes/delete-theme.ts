import 'server-only';

import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { toAuditJson } from '@/server/content/to-audit-json';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { themeEditSelect } from './theme-edit-select';

export type DeleteThemeOptions = { actor: Actor; id: string };

/** Documents keep existing; they only lose this theme. */
export const deleteTheme = async ({ actor, id }: DeleteThemeOptions) => {
  assertPermission(actor, 'themes.edit');
  const before = await prisma.theme.findUnique({ where: { id }, select: themeEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'theme');
  await prisma.theme.delete({ where: { id } });
  await recordAudit({
    actor,
    action: 'theme.delete',
    entityType: 'theme',
    entityId: id,
    before: toAuditJson(before),
    after: null,
  });
};
