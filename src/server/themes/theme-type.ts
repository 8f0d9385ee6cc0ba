import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZThemeSchema } from '@/lib/validation/themes';
import { type ContentForEdit, defineContentType } from '@/server/content/content-type';
import { toTranslationRows } from '@/server/content/translation-rows';

/** Themes tag documents. Always public (no drafts) and no version column: last save wins. */
export const themeType = defineContentType({
  model: 'theme',
  list: '/admin/themes',
  permissions: { edit: 'themes.edit', publish: null, delete: { guard: 'themes.edit' } },
  afterSave: 'list',
  versioned: false,
  schemas: { create: ZThemeSchema, update: ZThemeSchema },
  labelField: 'label',
  editSelect: {
    id: true,
    slug: true,
    translations: { select: { locale: true, label: true } },
  } satisfies Prisma.ThemeSelect,
  adminList: {
    orderBy: { slug: 'asc' },
    select: { _count: { select: { documents: true } } },
    toColumns: (row: { _count: { documents: number } }) => ({
      documentCount: row._count.documents,
    }),
  },
  toWriteData: (data) => ({
    scalars: {},
    translations: toTranslationRows(data.translations, 'label'),
  }),
  slugSource: (data) => data.translations.es.label ?? 'theme',
});

export type ThemeForEdit = ContentForEdit<typeof themeType>;
