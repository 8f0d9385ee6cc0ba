import type { AppLocale } from '@/i18n/routing';

/** A related item (theme, country, mechanism) as the API shows it: its label and that label's language. */
export const toLabelled = ({
  slug,
  label,
  labelLocale,
}: {
  slug: string;
  label: string;
  labelLocale: AppLocale;
}) => ({
  slug,
  label,
  language: labelLocale,
});
