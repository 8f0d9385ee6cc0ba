import type { AppLocale } from '@/i18n/routing';
import { pickOfficialName } from '@/server/i18n/pick-official-name';

type Row = {
  slug: string;
  acronym?: string | null;
  /** The mechanism's own language, whose name is the official one (Spanish when not given). */
  originalLocale?: AppLocale;
  translations: { locale: AppLocale; name: string | null }[];
};

/** A short name for lists: the official name (as public pages show it), else acronym or slug. */
export const toMechanismLabel = (row: Row, locale: AppLocale) =>
  pickOfficialName(row.translations, row.originalLocale ?? 'es', locale)?.name ??
  row.acronym ??
  row.slug;
