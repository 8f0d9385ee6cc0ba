import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, textValue, translationValues } from '@/lib/forms/form-values';
import { MECHANISM_TRANSLATED_FIELDS } from '@/lib/validation/mechanisms';

import type { MechanismForEdit } from './mechanism-type';

/** The profile part: what a focal point sees and may propose to change. */
export const toMechanismProfileValues = (mechanism: MechanismForEdit): FormValues => ({
  acronym: textValue(mechanism.acronym),
  website: textValue(mechanism.website),
  email: textValue(mechanism.email),
  phone: textValue(mechanism.phone),
  address: textValue(mechanism.address),
  ...translationValues(mechanism.translations, MECHANISM_TRANSLATED_FIELDS),
  version: String(mechanism.version),
});

export const toMechanismFormValues = (mechanism: MechanismForEdit): FormValues => ({
  ...toMechanismProfileValues(mechanism),
  slug: mechanism.slug,
  countryId: mechanism.countryId,
  level: mechanism.level,
  parentId: textValue(mechanism.parentId),
  jurisdiction: textValue(mechanism.jurisdiction),
  model: textValue(mechanism.model),
  operationalStatus: textValue(mechanism.operationalStatus),
  originalLocale: mechanism.originalLocale,
  legalBasisDate: dateValue(mechanism.legalBasisDate),
  designatedYear: textValue(mechanism.designatedYear),
  designatedOn: dateValue(mechanism.designatedOn),
  sources: mechanism.sources.join('\n'),
  staffNotes: textValue(mechanism.staffNotes),
});
