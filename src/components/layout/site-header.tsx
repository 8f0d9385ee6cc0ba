import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/navigation';

import { LanguageSwitcher } from './language-switcher';

export const SiteHeader = async () => {
  const [t, tMeta, tLang] = await Promise.all([
    getTranslations('Navigation'),
    getTranslations('Metadata'),
    getTranslations('LanguageSwitcher'),
  ]);
  return (
    <header className="bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex flex-col leading-tight no-underline">
          <span className="text-xl font-bold">{tMeta('siteName')}</span>
          <span className="text-xs text-brand-100">{tMeta('tagline')}</span>
        </Link>
        <nav aria-label={t('mainNavigation')}>
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/" className="underline-offset-4 hover:underline">
                {t('home')}
              </Link>
            </li>
            <li>
              <Link href="/countries" className="underline-offset-4 hover:underline">
                {t('countries')}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher
          label={tLang('label')}
          languageNames={{ es: tLang('es'), pt: tLang('pt'), en: tLang('en') }}
        />
      </div>
    </header>
  );
};
