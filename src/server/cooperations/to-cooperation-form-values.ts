import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, idValues, textValue, translationValues } from '@/lib/forms/form-values';
import { COOPERATION_TRANSLATED_FIELDS } from '@/lib/validation/cooperations';

import type { CooperationForEdit } from './cooperation-type';

export const toCooperationFormValues = (cooperation: CooperationForEdit): FormValues => ({
  slug: cooperation.slug,
  kind: cooperation.kind,
  originalLocale: cooperation.originalLocale,
  startedOn: dateValue(cooperation.startedOn),
  startedYear: textValue(cooperation.startedYear),
  sources: cooperation.sources.join('\n'),
  ...translationValues(cooperation.translations, COOPERATION_TRANSLATED_FIELDS),
  mechanismIds: idValues(cooperation.mechanisms),
  documentIds: idValues(cooperation.documents),
  version: String(cooperation.version),
});
