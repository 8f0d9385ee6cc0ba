import { getFormatter, getTranslations } from 'next-intl/server';

import type { TFormLocale } from '@/lib/validation/form-fields';

/** "Missing translations: Portuguese, English", or a quiet "complete". */
export const MissingTranslations = async ({ missing }: { missing: readonly TFormLocale[] }) => {
  const [t, format] = await Promise.all([getTranslations('AdminForm'), getFormatter()]);
  if (missing.length === 0) {
    return <span className="text-sm text-slate-600">{t('translationsComplete')}</span>;
  }
  const languages = format.list(missing.map((locale) => t('languageName', { locale })));
  return (
    <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">
      {t('missingTranslations', { languages })}
    </span>
  );
};
