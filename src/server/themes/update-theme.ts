import 'server-only';

import type { TThemeSchema } from '@/lib/validation/theme-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { toTranslationRows } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';

import { themeEditSelect } from './theme-edit-select';

export type UpdateThemeOptions = { actor: Actor; id: string; data: TThemeSchema };

/** Themes carry no version column (the schema has none): last save wins. */
export const updateTheme = async ({ actor, id, data }: UpdateThemeOptions) => {
  assertPermission(actor, 'themes.edit');
  const before = await prisma.theme.findUnique({ where: { id }, select: themeEditSelect });
  if (!before) throw new AppError('NOT_FOUND', 'theme');
  const slug = await resolveSlug({
    requested: data.slug,
    current: before.slug,
    source: before.slug,
    isTaken: async (candidate) =>
      !!(await prisma.theme.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const translations = toTranslationRows(data.translations).map((row) => ({
    locale: row.locale,
    label: row.label ?? '',
  }));
  const after = await prisma.theme.update({
    where: { id },
    data: { slug, translations: { deleteMany: {}, create: translations } },
    select: themeEditSelect,
  });
  await recordAudit({
    actor,
    action: 'theme.update',
    entityType: 'theme',
    entityId: id,
    before: toAuditJson(before),
    after: toAuditJson(after),
  });
  return after;
};
