import 'server-only';

import type { TCreateEventSchema } from '@/lib/validation/event-form';
import { toTranslationRows } from '@/server/content/translation-rows';

/** Scalar columns and translation rows from a validated form. */
export const toEventWriteData = (data: TCreateEventSchema) => ({
  scalars: {
    kind: data.kind,
    originalLocale: data.originalLocale,
    startsOn: data.startsOn,
    endsOn: data.endsOn,
    datePrecision: data.datePrecision,
    city: data.city,
    countryId: data.countryId,
    online: data.online,
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
