import { getLocale, getTranslations } from 'next-intl/server';

import { routing } from '@/i18n/routing';
import { getPathAfterLocale } from '@/server/i18n/get-path-after-locale';

/**
 * Links to the current page (query included) in every language. Plain links: switching language
 * loads the page afresh, so the proxy stores the choice in the locale cookie, with or without JS.
 */
export const LanguageSwitcher = async () => {
  const [t, current, pathAfterLocale] = await Promise.all([
    getTranslations('LanguageSwitcher'),
    getLocale(),
    getPathAfterLocale().then((path) => path ?? ''),
  ]);
  return (
    <nav aria-label={t('label')}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${pathAfterLocale}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block rounded px-2 py-1 underline-offset-2 hover:underline aria-[current]:bg-white aria-[current]:font-semibold aria-[current]:text-brand-900"
            >
              {t(locale)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};
