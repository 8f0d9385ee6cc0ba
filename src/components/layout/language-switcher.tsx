import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';

import { routing } from '@/i18n/routing';
import { PATH_HEADER } from '@/server/auth/path-header';

/**
 * Links to the current page (query included) in every language. Plain links: switching language
 * loads the page afresh, so the proxy stores the choice in the locale cookie, with or without JS.
 */
export const LanguageSwitcher = async () => {
  const [t, current, requested] = await Promise.all([
    getTranslations('LanguageSwitcher'),
    getLocale(),
    headers().then((list) => list.get(PATH_HEADER)),
  ]);
  const pathAfterLocale = (requested ?? '').replace(/^\/[a-z]{2}(?=[/?]|$)/, '');
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
