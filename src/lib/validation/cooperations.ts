import { z } from 'zod';

import { CooperationKind } from '@/generated/prisma/enums';

import {
  zEnum,
  zIdList,
  zLocale,
  zOptionalDate,
  zOptionalSlug,
  zOptionalText,
  zOptionalYear,
  zSourceLines,
  zVersion,
} from './form-fields';
import { checkTranslations, zTranslations } from './translations';

export const COOPERATION_TRANSLATED_FIELDS = ['title', 'summary'] as const;

const ZCooperationFields = z.object({
  slug: zOptionalSlug(),
  kind: zEnum(CooperationKind),
  originalLocale: zLocale(),
  startedOn: zOptionalDate(),
  startedYear: zOptionalYear(),
  sources: zSourceLines(),
  translations: zTranslations({ title: zOptionalText(300), summary: zOptionalText(5000) }),
  mechanismIds: zIdList(),
  documentIds: zIdList(),
});

type CooperationFields = Partial<z.infer<typeof ZCooperationFields>>;

const checkCooperation = (data: CooperationFields, ctx: z.RefinementCtx) =>
  checkTranslations(data.translations, data.originalLocale, 'title', ctx);

export const ZCreateCooperationSchema = ZCooperationFields.superRefine(checkCooperation);
export type TCreateCooperationSchema = z.infer<typeof ZCreateCooperationSchema>;

export const ZUpdateCooperationSchema = ZCooperationFields.extend({
  version: zVersion(),
}).superRefine(checkCooperation);
export type TUpdateCooperationSchema = z.infer<typeof ZUpdateCooperationSchema>;
