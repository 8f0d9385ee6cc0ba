import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

import { LanguageSwitcher } from './language-switcher';

/** Labels are message keys with their namespace. */
const SECTIONS = [
  { href: '/countries', label: 'Navigation.countries' },
  { href: '/mechanisms', label: 'Navigation.mechanisms' },
  { href: '/documents', label: 'Navigation.library' },
  { href: '/events', label: 'Navigation.events' },
  { href: '/news', label: 'News.navLabel' },
  { href: '/network', label: 'Navigation.network' },
] as const;

export const SiteHeader = async () => {
  const [t, tAll, tMeta, locale] = await Promise.all([
    getTranslations('Navigation'),
    getTranslations(),
    getTranslations('Metadata'),
    getLocale(),
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
        <LanguageSwitcher />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 pb-3">
        <nav aria-label={t('mainNavigation')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {SECTIONS.map(({ href, label }) => (
              <li key={href}>
                {/* At least 24 px tall (WCAG 2.5.8). */}
                <Link
                  href={href}
                  className="inline-flex min-h-6 items-center underline-offset-4 hover:underline"
                >
                  {tAll(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* A plain GET form: search works without JavaScript. On phones it takes a row of its
            own and the box shrinks (a fixed-width box and its button outgrew 320 px). */}
        <form
          role="search"
          action={`/${locale}/search`}
          method="get"
          className="flex w-full gap-1 sm:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            className="min-w-0 flex-1 rounded border border-white bg-white px-2 py-1 text-slate-900 sm:w-64 sm:flex-none"
          />
          <button
            type="submit"
            className="rounded bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-100"
          >
            {t('searchSubmit')}
          </button>
        </form>
      </div>
    </header>
  );
};
