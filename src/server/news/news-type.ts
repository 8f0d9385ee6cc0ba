import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZCreateNewsSchema, ZUpdateNewsSchema } from '@/lib/validation/news';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { firstText, toTranslationRows } from '@/server/content/translation-rows';
import {
  ALLOWED_IMAGE_FILE_TYPES,
  storeUploadedFile,
} from '@/server/documents/store-document-file';
import { AppError } from '@/server/errors';

export const newsEditSelect = {
  id: true,
  slug: true,
  originalLocale: true,
  publishedOn: true,
  imageId: true,
  image: { select: { filename: true, contentType: true, size: true } },
  status: true,
  version: true,
  updatedAt: true,
  translations: {
    select: { locale: true, title: true, summary: true, body: true, imageAlt: true },
  },
  countries: { select: { id: true } },
  mechanisms: { select: { id: true } },
  documents: { select: { id: true } },
  events: { select: { id: true } },
  themes: { select: { id: true } },
} satisfies Prisma.NewsSelect;

/** News: drafts until published; an optional image whose alt text every language must give. */
export const newsType = defineContentType({
  model: 'news',
  list: '/admin/news',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateNewsSchema, update: ZUpdateNewsSchema },
  labelField: 'title',
  editSelect: newsEditSelect,
  adminList: { orderBy: { updatedAt: 'desc' } },
  toWriteData: (data) => ({
    scalars: { originalLocale: data.originalLocale, publishedOn: data.publishedOn },
    translations: toTranslationRows(data.translations, 'title'),
    relations: {
      countries: data.countryIds,
      mechanisms: data.mechanismIds,
      documents: data.documentIds,
      events: data.eventIds,
      themes: data.themeIds,
    },
  }),
  slugSource: (data) => firstText(data.translations, data.originalLocale, 'title'),
  // Only PNG, JPEG or WebP, by content. A new upload replaces the image; "remove" clears it.
  storeFiles: async (files, data) => {
    const imageId = await storeUploadedFile(files.file, ALLOWED_IMAGE_FILE_TYPES);
    if (imageId) return { imageId };
    return data.removeImage ? { imageId: null } : {};
  },
  // The form asks for it; this holds whatever the request claimed about the image it keeps.
  assertSaved: (row: Prisma.NewsGetPayload<{ select: typeof newsEditSelect }>) => {
    if (row.imageId && row.translations.some((t) => !t.imageAlt)) {
      throw new AppError('INVALID_INPUT', 'imageAlt');
    }
  },
});

export type NewsForEdit = ContentForEdit<typeof newsType>;
