import 'server-only';

import { getTranslations } from 'next-intl/server';

import { FORM_LOCALES } from '@/lib/validation/form-fields';

/**
 * Labels by input name for the error summary: plain fields as given, translated fields as
 * "Title (Spanish)".
 */
export const buildFieldLabels = async (
  plain: Record<string, string>,
  translated: Record<string, string>,
) => {
  const t = await getTranslations('AdminForm');
  const perLanguage = FORM_LOCALES.flatMap((locale) =>
    Object.entries(translated).map(([name, label]) => [
      `translations.${locale}.${name}`,
      `${label} (${t('languageName', { locale })})`,
    ]),
  );
  return { ...plain, ...Object.fromEntries(perLanguage) } as Record<string, string>;
};
