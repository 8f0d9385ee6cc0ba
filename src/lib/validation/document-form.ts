import { z } from 'zod';

import { DocumentType } from '@/generated/prisma/enums';

import {
  zCheckbox,
  zEnum,
  zIdList,
  zLocale,
  zOptionalDate,
  zOptionalHttpUrl,
  zOptionalSlug,
  zOptionalText,
  zSourceLines,
  zVersion,
} from './form-fields';
import { checkTranslations, zTranslations } from './translations';

export const DOCUMENT_TRANSLATED_FIELDS = ['title', 'summary'] as const;

const ZDocumentFields = z.object({
  slug: zOptionalSlug(),
  type: zEnum(DocumentType),
  originalLocale: zLocale(),
  publishedOn: zOptionalDate(),
  externalUrl: zOptionalHttpUrl(),
  sources: zSourceLines(),
  translations: zTranslations({ title: zOptionalText(300), summary: zOptionalText(5000) }),
  themeIds: zIdList(),
  countryIds: zIdList(),
  mechanismIds: zIdList(),
  /** Detach the stored file (a new upload replaces it anyway). */
  removeFile: zCheckbox(),
});

export const ZCreateDocumentSchema = ZDocumentFields.superRefine((data, ctx) =>
  checkTranslations(data.translations, data.originalLocale, 'title', ctx),
);
export type TCreateDocumentSchema = z.infer<typeof ZCreateDocumentSchema>;

export const ZUpdateDocumentSchema = ZDocumentFields.extend({ version: zVersion() }).superRefine(
  (data, ctx) => checkTranslations(data.translations, data.originalLocale, 'title', ctx),
);
export type TUpdateDocumentSchema = z.infer<typeof ZUpdateDocumentSchema>;
