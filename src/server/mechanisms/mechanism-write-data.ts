import 'server-only';

import type {
  TCreateMechanismSchema,
  TMechanismProfileSchema,
} from '@/lib/validation/mechanism-form';
import { toTranslationRows } from '@/server/content/translation-rows';

/** A focal point's proposal carries only the profile; editors' forms carry the structure too. */
export type MechanismWriteInput = TMechanismProfileSchema & Partial<TCreateMechanismSchema>;

export const toMechanismWriteData = (data: MechanismWriteInput) => {
  const profile = {
    acronym: data.acronym,
    website: data.website,
    email: data.email,
    phone: data.phone,
    address: data.address,
  };
  const structure =
    data.countryId === undefined
      ? {}
      : {
          countryId: data.countryId,
          level: data.level,
          parentId: data.parentId ?? null,
          jurisdiction: data.jurisdiction ?? null,
          model: data.model ?? null,
          operationalStatus: data.operationalStatus ?? null,
          originalLocale: data.originalLocale,
          legalBasisDate: data.legalBasisDate ?? null,
          designatedYear: data.designatedYear ?? null,
          designatedOn: data.designatedOn ?? null,
          sources: data.sources,
        };
  return {
    scalars: { ...profile, ...structure },
    translations: toTranslationRows(data.translations),
  };
};
