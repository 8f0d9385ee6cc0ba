import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

type Row = {
  slug: string;
  acronym?: string | null;
  translations: { locale: AppLocale; name: string | null }[];
};

/** A short name for lists: the name in the editor's language (or another), else acronym or slug. */
export const toMechanismLabel = (row: Row, locale: AppLocale) =>
  pickTranslation(
    row.translations.filter((t) => t.name),
    locale,
    'es',
  )?.name ??
  row.acronym ??
  row.slug;
