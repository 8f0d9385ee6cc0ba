import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { missingLocales } from '@/lib/validation/translations';
import { pickTranslation } from '@/server/i18n/pick-translation';

type Row = {
  id: string;
  slug: string;
  status?: 'DRAFT' | 'PUBLISHED';
  updatedAt?: Date;
  originalLocale?: AppLocale;
  translations: ({ locale: AppLocale } & Record<string, unknown>)[];
};

export type AdminListRow = ReturnType<typeof toAdminListRow>;

/**
 * One line of a back-office list: a label in the editor's language (or, with `official`, in the
 * item's own language, else the editor's) and what is missing.
 */
export const toAdminListRow = (row: Row, locale: AppLocale, key: string, official = false) => {
  const withKey = row.translations.filter((t) => t[key]);
  const original = row.originalLocale ?? 'es';
  const text = official
    ? pickTranslation(withKey, original, locale)
    : pickTranslation(withKey, locale, original);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status ?? null,
    updatedAt: row.updatedAt ?? null,
    label: text ? String(text[key]) : null,
    labelLocale: text?.shownLocale ?? locale,
    missingLocales: missingLocales(row.translations, key),
  };
};
