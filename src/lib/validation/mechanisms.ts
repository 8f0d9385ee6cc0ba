import { z } from 'zod';

import { InstitutionalModel, MechanismLevel, MechanismStatus } from '@/generated/prisma/enums';

import {
  zEnum,
  zLocale,
  zOptionalDate,
  zOptionalEmail,
  zOptionalHttpUrl,
  zOptionalId,
  zOptionalSlug,
  zOptionalText,
  zOptionalYear,
  zSourceLines,
  zVersion,
} from './form-fields';
import { zOptionalParam, ZSlugSchema } from './search-params';
import { zTranslations } from './translations';

export const SEARCH_QUERY_MAX_LENGTH = 200;

/** Query string of the mechanism directory. Invalid values are dropped, so the page never fails. */
export const ZMechanismListQuerySchema = z.object({
  q: zOptionalParam(z.string().transform((q) => q.slice(0, SEARCH_QUERY_MAX_LENGTH))),
  country: zOptionalParam(ZSlugSchema),
  level: zOptionalParam(z.enum(MechanismLevel)),
  model: zOptionalParam(z.enum(InstitutionalModel)),
  status: zOptionalParam(z.enum(MechanismStatus)),
});

export type TMechanismListQuerySchema = z.infer<typeof ZMechanismListQuerySchema>;

export const MECHANISM_TRANSLATED_FIELDS = ['name', 'legalBasis', 'notes'] as const;

/** What a focal point may propose for their own mechanism: texts and contacts. */
export const ZMechanismProfileSchema = z.object({
  acronym: zOptionalText(100),
  website: zOptionalHttpUrl(),
  email: zOptionalEmail(),
  phone: zOptionalText(100),
  address: zOptionalText(500),
  translations: zTranslations({
    name: zOptionalText(300),
    legalBasis: zOptionalText(2000),
    notes: zOptionalText(5000),
  }),
});
export type TMechanismProfileSchema = z.infer<typeof ZMechanismProfileSchema>;

/** Structure and facts only editors set. */
const ZMechanismStructure = z.object({
  slug: zOptionalSlug(),
  countryId: z.string({ error: 'required' }).min(1, { error: 'required' }),
  level: zEnum(MechanismLevel),
  parentId: zOptionalId(),
  jurisdiction: zOptionalText(200),
  model: z.preprocess((v) => (v === '' ? null : v), zEnum(InstitutionalModel).nullish()),
  operationalStatus: z.preprocess((v) => (v === '' ? null : v), zEnum(MechanismStatus).nullish()),
  originalLocale: zLocale(),
  legalBasisDate: zOptionalDate(),
  designatedYear: zOptionalYear(),
  designatedOn: zOptionalDate(),
  sources: zSourceLines(),
  staffNotes: zOptionalText(20000),
});

const ZMechanismFields = ZMechanismProfileSchema.extend(ZMechanismStructure.shape);

type MechanismFields = Partial<z.infer<typeof ZMechanismFields>>;

/** Names stay optional: some local bodies are known only by their state or province. */
const checkMechanism = (data: MechanismFields, ctx: z.RefinementCtx) => {
  if (data.level === 'NATIONAL' && data.parentId) {
    ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'invalidChoice' });
  }
};

export const ZCreateMechanismSchema = ZMechanismFields.superRefine(checkMechanism);
export type TCreateMechanismSchema = z.infer<typeof ZCreateMechanismSchema>;

export const ZUpdateMechanismSchema = ZMechanismFields.extend({ version: zVersion() }).superRefine(
  checkMechanism,
);
export type TUpdateMechanismSchema = z.infer<typeof ZUpdateMechanismSchema>;

/** A focal point's proposal: the profile fields and the version they looked at. */
export const ZProposeMechanismSchema = ZMechanismProfileSchema.extend({ version: zVersion() });
export type TProposeMechanismSchema = z.infer<typeof ZProposeMechanismSchema>;
