import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, idValues, textValue, translationValues } from '@/lib/forms/form-values';
import { DOCUMENT_TRANSLATED_FIELDS } from '@/lib/validation/documents';

import type { DocumentForEdit } from './document-type';

export const toDocumentFormValues = (document: DocumentForEdit): FormValues => ({
  slug: document.slug,
  type: document.type,
  originalLocale: document.originalLocale,
  publishedOn: dateValue(document.publishedOn),
  datePrecision: document.datePrecision,
  externalUrl: textValue(document.externalUrl),
  sources: document.sources.join('\n'),
  ...translationValues(document.translations, DOCUMENT_TRANSLATED_FIELDS),
  themeIds: idValues(document.themes),
  countryIds: idValues(document.countries),
  mechanismIds: idValues(document.mechanisms),
  version: String(document.version),
});
