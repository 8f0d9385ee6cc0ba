import 'server-only';

import type { TCreateDocumentSchema } from '@/lib/validation/document-form';
import { toTranslationRows } from '@/server/content/translation-rows';

/** Scalar columns and translation rows from a validated form. */
export const toDocumentWriteData = (data: TCreateDocumentSchema) => ({
  scalars: {
    type: data.type,
    originalLocale: data.originalLocale,
    publishedOn: data.publishedOn,
    externalUrl: data.externalUrl,
    sources: data.sources,
  },
  translations: toTranslationRows(data.translations).map(({ locale, title, summary }) => ({
    locale,
    title: title ?? '',
    summary,
  })),
  relations: {
    themes: data.themeIds.map((id) => ({ id })),
    countries: data.countryIds.map((id) => ({ id })),
    mechanisms: data.mechanismIds.map((id) => ({ id })),
  },
});
