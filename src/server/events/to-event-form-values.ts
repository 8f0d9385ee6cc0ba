import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, idValues, textValue, translationValues } from '@/lib/forms/form-values';
import { EVENT_TRANSLATED_FIELDS } from '@/lib/validation/events';

import type { EventForEdit } from './event-type';

export const toEventFormValues = (event: EventForEdit): FormValues => ({
  slug: event.slug,
  kind: event.kind,
  originalLocale: event.originalLocale,
  startsOn: dateValue(event.startsOn),
  endsOn: dateValue(event.endsOn),
  datePrecision: event.datePrecision,
  city: textValue(event.city),
  countryId: textValue(event.countryId),
  ...(event.online ? { online: 'on' } : {}),
  sources: event.sources.join('\n'),
  ...translationValues(event.translations, EVENT_TRANSLATED_FIELDS),
  mechanismIds: idValues(event.mechanisms),
  documentIds: idValues(event.documents),
  version: String(event.version),
});
