import type { FormValues } from '@/lib/forms/form-state';
import { dateValue, idValues, translationValues } from '@/lib/forms/form-values';
import { NEWS_TRANSLATED_FIELDS } from '@/lib/validation/news';

import type { NewsForEdit } from './news-type';

export const toNewsFormValues = (news: NewsForEdit): FormValues => ({
  slug: news.slug,
  originalLocale: news.originalLocale,
  publishedOn: dateValue(news.publishedOn),
  ...(news.imageId ? { hasImage: 'on' } : {}),
  ...translationValues(news.translations, NEWS_TRANSLATED_FIELDS),
  countryIds: idValues(news.countries),
  mechanismIds: idValues(news.mechanisms),
  documentIds: idValues(news.documents),
  eventIds: idValues(news.events),
  themeIds: idValues(news.themes),
  version: String(news.version),
});
