import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, idValues, textValue, translationValues } from '@/lib/forms/form-values';

import type { RecommendationForEdit } from './recommendation-type';

export const toRecommendationFormValues = (item: RecommendationForEdit): FormValues => ({
  slug: item.slug,
  body: item.body,
  symbol: item.symbol,
  paragraph: item.paragraph,
  issuedOn: dateValue(item.issuedOn),
  uprCycle: textValue(item.uprCycle),
  recommendingState: textValue(item.recommendingState),
  originalLocale: item.originalLocale,
  position: item.position,
  sourceUrl: item.sourceUrl,
  ...translationValues(item.translations, ['text']),
  countryIds: idValues(item.countries),
  mechanismIds: idValues(item.mechanisms),
  themeIds: idValues(item.themes),
  version: String(item.version),
});
