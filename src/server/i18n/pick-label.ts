import type { AppLocale } from '@/i18n/routing';

import { pickTranslation } from './pick-translation';

/**
 * A related item's label (a theme's label, a country's name) in `locale`, else Spanish, else any,
 * with the language it is given in; the slug when it has no label at all.
 */
export const pickLabel = <T extends { locale: AppLocale }>(
  item: { slug: string; translations: readonly T[] },
  key: keyof T & string,
  locale: AppLocale,
) => {
  const picked = pickTranslation(item.translations, locale, 'es');
  return {
    slug: item.slug,
    label: picked ? String(picked[key]) : item.slug,
    labelLocale: picked?.shownLocale ?? locale,
  };
};
