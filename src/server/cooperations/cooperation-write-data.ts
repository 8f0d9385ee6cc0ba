import 'server-only';

import type { TCreateCooperationSchema } from '@/lib/validation/cooperation-form';
import { toTranslationRows } from '@/server/content/translation-rows';

/** Scalar columns and translation rows from a validated form. */
export const toCooperationWriteData = (data: TCreateCooperationSchema) => ({
  scalars: {
    kind: data.kind,
    originalLocale: data.originalLocale,
    startedOn: data.startedOn,
    startedYear: data.startedYear,
    sources: data.sources,
  },
  translations: toTranslationRows(data.translations).map((row) => ({
    ...row,
    title: row.title ?? '',
  })),
  relations: {
    mechanisms: data.mechanismIds.map((id) => ({ id })),
    documents: data.documentIds.map((id) => ({ id })),
  },
});
