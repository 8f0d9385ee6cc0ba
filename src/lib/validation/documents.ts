import { z } from 'zod';

import { DatePrecision, DocumentType, Locale } from '@/generated/prisma/enums';

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

export const DOCUMENT_SORT_KEYS = ['newest', 'title'] as const;
export type TDocumentSortKey = (typeof DOCUMENT_SORT_KEYS)[number];

export const DOCUMENTS_PER_PAGE = 20;

/** A repeated parameter (`?type=a&type=b`) keeps its first value; an empty one means "not set". */
const firstValue = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() === '' ? undefined : first;
};

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(firstValue, schema.optional()).catch(undefined);

const ZSlugParam = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/);

/**
 * Query string of the library. Anything invalid is dropped or reset to its default, so a hand-edited
 * or stale URL always renders a list, never an error.
 */
export const ZDocumentListQuerySchema = z.object({
  theme: optional(ZSlugParam),
  country: optional(ZSlugParam),
  mechanism: optional(ZSlugParam),
  type: optional(z.enum(DocumentType)),
  /** The document's original language. */
  language: optional(z.enum(Locale)),
  year: optional(z.coerce.number().int().min(1900).max(2100)),
  sort: z.preprocess(firstValue, z.enum(DOCUMENT_SORT_KEYS)).catch('newest'),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type TDocumentListQuerySchema = z.infer<typeof ZDocumentListQuerySchema>;

export const DOCUMENT_FILTER_KEYS = [
  'theme',
  'country',
  'mechanism',
  'type',
  'language',
  'year',
] as const satisfies readonly (keyof TDocumentListQuerySchema)[];
export type TDocumentFilterKey = (typeof DOCUMENT_FILTER_KEYS)[number];

/** Ids of stored files in download URLs (Prisma cuids). */
export const ZStoredFileIdSchema = z.string().regex(/^[a-z0-9]{20,40}$/);

export const DOCUMENT_TRANSLATED_FIELDS = ['title', 'summary'] as const;

const ZDocumentFields = z.object({
  slug: zOptionalSlug(),
  type: zEnum(DocumentType),
  originalLocale: zLocale(),
  publishedOn: zOptionalDate(),
  /** How much of the date the source gives; a form without it (a proposal) means a full date. */
  datePrecision: z.preprocess(
    (v) => (v === '' ? undefined : v),
    zEnum(DatePrecision).default('DAY'),
  ),
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
