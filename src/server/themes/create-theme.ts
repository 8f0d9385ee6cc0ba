import 'server-only';

import type { TThemeSchema } from '@/lib/validation/theme-form';
import { recordAudit } from '@/server/audit/record-audit';
import type { Actor } from '@/server/content/actor';
import { assertPermission } from '@/server/content/assert-permission';
import { resolveSlug } from '@/server/content/resolve-slug';
import { toAuditJson } from '@/server/content/to-audit-json';
import { toTranslationRows } from '@/server/content/translation-rows';
import { prisma } from '@/server/db';

import { themeEditSelect } from './theme-edit-select';

export type CreateThemeOptions = { actor: Actor; data: TThemeSchema };

export const createTheme = async ({ actor, data }: CreateThemeOptions) => {
  assertPermission(actor, 'themes.edit');
  const slug = await resolveSlug({
    requested: data.slug,
    source: data.translations.es.label ?? 'theme',
    isTaken: async (candidate) =>
      !!(await prisma.theme.findUnique({ where: { slug: candidate }, select: { id: true } })),
  });
  const translations = toTranslationRows(data.translations).map((row) => ({
    locale: row.locale,
    label: row.label ?? '',
  }));
  const theme = await prisma.theme.create({
    data: { slug, translations: { create: translations } },
    select: themeEditSelect,
  });
  await recordAudit({
    actor,
    action: 'theme.create',
    entityType: 'theme',
    entityId: theme.id,
    before: null,
    after: toAuditJson(theme),
  });
  return theme;
};
