import { z } from 'zod';

import { ImplementationStatus, RecommendationBody, StatePosition } from '@/generated/prisma/enums';

import {
  zEnum,
  zIdList,
  zLocale,
  zOptionalHttpUrl,
  zOptionalSlug,
  zOptionalText,
  zRequiredDate,
  zRequiredText,
  zVersion,
} from './form-fields';
import { zOptionalParam, ZSlugSchema } from './search-params';
import { checkTranslations, zTranslations } from './translations';

export const RECOMMENDATION_BODIES = Object.values(RecommendationBody);
export const STATE_POSITIONS = Object.values(StatePosition);
export const IMPLEMENTATION_STATUSES = Object.values(ImplementationStatus);

/** A recommendation's text is long: a whole paragraph of a UN document. */
const TEXT_MAX = 20_000;

export const zRequiredHttpUrl = () =>
  zOptionalHttpUrl().refine((value) => value !== null, { error: 'required' });

/** "A/HRC/52/5", "CAT/C/ARG/CO/7", "CAT/OP/PRY/1": letters, digits and the UN's separators. */
export const zDocumentSymbol = () =>
  zRequiredText(100).refine((value) => /^[A-Za-z0-9][A-Za-z0-9/.()\-_ ]*$/.test(value), {
    error: 'invalidCode',
  });

/** "12", "12 (b)", "118.5". */
export const zParagraph = () =>
  zRequiredText(30).refine((value) => /^[0-9][0-9A-Za-z.() -]*$/.test(value), {
    error: 'invalidCode',
  });

const zOptionalCycle = () =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'invalid' })
      .int({ error: 'invalid' })
      .min(1, { error: 'invalid' })
      .max(20, { error: 'invalid' })
      .nullish()
      .transform((v) => v ?? null),
  );

const ZRecommendationFields = z.object({
  slug: zOptionalSlug(),
  body: zEnum(RecommendationBody),
  symbol: zDocumentSymbol(),
  paragraph: zParagraph(),
  issuedOn: zRequiredDate(),
  uprCycle: zOptionalCycle(),
  recommendingState: zOptionalText(200),
  originalLocale: zLocale(),
  position: zEnum(StatePosition),
  sourceUrl: zRequiredHttpUrl(),
  translations: zTranslations({ text: zOptionalText(TEXT_MAX) }),
  countryIds: zIdList(),
  mechanismIds: zIdList(),
  themeIds: zIdList(),
});

const checkRecommendation = (
  data: Partial<z.infer<typeof ZRecommendationFields>>,
  ctx: z.RefinementCtx,
) => checkTranslations(data.translations, data.originalLocale, 'text', ctx);

export const ZCreateRecommendationSchema = ZRecommendationFields.superRefine(checkRecommendation);
export type TCreateRecommendationSchema = z.infer<typeof ZCreateRecommendationSchema>;

export const ZUpdateRecommendationSchema = ZRecommendationFields.extend({
  version: zVersion(),
}).superRefine(checkRecommendation);
export type TUpdateRecommendationSchema = z.infer<typeof ZUpdateRecommendationSchema>;

/** A focal point's follow-up, as proposed (ChangeRequest payload) and as approved. */
export const ZProposeFollowUpSchema = z
  .object({
    recommendationId: z.string().min(1).max(100),
    reportedOn: zRequiredDate(),
    implementation: zEnum(ImplementationStatus),
    originalLocale: zLocale(),
    evidenceUrl: zOptionalHttpUrl(),
    translations: zTranslations({ text: zOptionalText(TEXT_MAX) }),
    /** Set by the server to the focal point's mechanism, never by the form. */
    mechanismIds: zIdList(),
  })
  .superRefine((data, ctx) =>
    checkTranslations(data.translations, data.originalLocale, 'text', ctx),
  );
export type TProposeFollowUpSchema = z.infer<typeof ZProposeFollowUpSchema>;

/** Query string of a country's recommendations and of /recommendations; bad values are dropped. */
export const ZRecommendationQuerySchema = z.object({
  body: zOptionalParam(z.enum(RecommendationBody)),
  theme: zOptionalParam(ZSlugSchema),
  status: zOptionalParam(z.enum([...IMPLEMENTATION_STATUSES, 'NONE'] as const)),
  year: zOptionalParam(z.coerce.number().int().min(1900).max(2200)),
  country: zOptionalParam(ZSlugSchema),
});
export type TRecommendationQuerySchema = z.infer<typeof ZRecommendationQuerySchema>;
