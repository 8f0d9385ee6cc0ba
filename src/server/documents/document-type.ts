import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import { ZCreateDocumentSchema, ZUpdateDocumentSchema } from '@/lib/validation/documents';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { firstText, toTranslationRows } from '@/server/content/translation-rows';

import { storeUploadedFile } from './store-document-file';

/** Library documents: drafts until published; an uploaded file or an external link. */
export const documentType = defineContentType({
  model: 'document',
  list: '/admin/documents',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateDocumentSchema, update: ZUpdateDocumentSchema },
  labelField: 'title',
  editSelect: {
    id: true,
    slug: true,
    type: true,
    originalLocale: true,
    publishedOn: true,
    datePrecision: true,
    externalUrl: true,
    fileId: true,
    file: { select: { filename: true, contentType: true, size: true } },
    sources: true,
    status: true,
    version: true,
    updatedAt: true,
    translations: { select: { locale: true, title: true, summary: true } },
    themes: { select: { id: true } },
    countries: { select: { id: true } },
    mechanisms: { select: { id: true } },
  } satisfies Prisma.DocumentSelect,
  adminList: { orderBy: { updatedAt: 'desc' } },
  toWriteData: (data) => ({
    scalars: {
      type: data.type,
      originalLocale: data.originalLocale,
      publishedOn: data.publishedOn,
      datePrecision: data.datePrecision,
      externalUrl: data.externalUrl,
      sources: data.sources,
    },
    translations: toTranslationRows(data.translations, 'title'),
    relations: { themes: data.themeIds, countries: data.countryIds, mechanisms: data.mechanismIds },
  }),
  slugSource: (data) => firstText(data.translations, data.originalLocale, 'title'),
  // A new upload replaces the file; "remove file" clears it; otherwise the file stays.
  storeFiles: async (files, data) => {
    const fileId = await storeUploadedFile(files.file);
    if (fileId) return { fileId };
    return data.removeFile ? { fileId: null } : {};
  },
});

export type DocumentForEdit = ContentForEdit<typeof documentType>;
