import { getLocale, getTranslations } from 'next-intl/server';

import type { AppLocale } from '@/i18n/routing';

export type FallbackNoticeProps = { shownLocale: AppLocale };

/** Says plainly that the text below is not in the visitor's language. */
export const FallbackNotice = async ({ shownLocale }: FallbackNoticeProps) => {
  const [t, locale] = await Promise.all([getTranslations('Fallback'), getLocale()]);
  return (
    <p className="my-2 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {t('notice', {
        requested: t('languageName', { locale }),
        shown: t('languageName', { locale: shownLocale }),
      })}
    </p>
  );
};
