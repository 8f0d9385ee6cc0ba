import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZCreateCooperationSchema, ZUpdateCooperationSchema } from '@/lib/validation/cooperations';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { firstText, toTranslationRows } from '@/server/content/translation-rows';

/** Cooperations between mechanisms: drafts until published. */
export const cooperationType = defineContentType({
  model: 'cooperation',
  list: '/admin/cooperations',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateCooperationSchema, update: ZUpdateCooperationSchema },
  labelField: 'title',
  editSelect: {
    id: true,
    slug: true,
    kind: true,
    originalLocale: true,
    startedOn: true,
    startedYear: true,
    sources: true,
    status: true,
    version: true,
    updatedAt: true,
    translations: { select: { locale: true, title: true, summary: true } },
    mechanisms: { select: { id: true } },
    documents: { select: { id: true } },
  } satisfies Prisma.CooperationSelect,
  adminList: { orderBy: { updatedAt: 'desc' } },
  toWriteData: (data) => ({
    scalars: {
      kind: data.kind,
      originalLocale: data.originalLocale,
      startedOn: data.startedOn,
      startedYear: data.startedYear,
      sources: data.sources,
    },
    translations: toTranslationRows(data.translations, 'title'),
    relations: { mechanisms: data.mechanismIds, documents: data.documentIds },
  }),
  slugSource: (data) => firstText(data.translations, data.originalLocale, 'title'),
});

export type CooperationForEdit = ContentForEdit<typeof cooperationType>;
