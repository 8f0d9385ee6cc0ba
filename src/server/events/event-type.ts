import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZCreateEventSchema, ZUpdateEventSchema } from '@/lib/validation/events';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { firstText, toTranslationRows } from '@/server/content/translation-rows';

/** Events: drafts until published. */
export const eventType = defineContentType({
  model: 'event',
  list: '/admin/events',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateEventSchema, update: ZUpdateEventSchema },
  labelField: 'title',
  editSelect: {
    id: true,
    slug: true,
    kind: true,
    originalLocale: true,
    startsOn: true,
    endsOn: true,
    datePrecision: true,
    city: true,
    countryId: true,
    online: true,
    sources: true,
    status: true,
    version: true,
    updatedAt: true,
    translations: { select: { locale: true, title: true, summary: true, organisers: true } },
    mechanisms: { select: { id: true } },
    documents: { select: { id: true } },
  } satisfies Prisma.EventSelect,
  adminList: { orderBy: { updatedAt: 'desc' } },
  toWriteData: (data) => ({
    scalars: {
      kind: data.kind,
      originalLocale: data.originalLocale,
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      datePrecision: data.datePrecision,
      city: data.city,
      countryId: data.countryId,
      online: data.online,
      sources: data.sources,
    },
    translations: toTranslationRows(data.translations, 'title'),
    relations: { mechanisms: data.mechanismIds, documents: data.documentIds },
  }),
  slugSource: (data) => firstText(data.translations, data.originalLocale, 'title'),
});

export type EventForEdit = ContentForEdit<typeof eventType>;
