import { getTranslations } from 'next-intl/server';

import { SubscribeBox } from '@/components/subscriptions/subscribe-box';
import { Link } from '@/i18n/link';

/** The pages about the site itself; labels are keys of Footer.nav. */
const SITE_PAGES = [
  { href: '/about', label: 'about' },
  { href: '/contact', label: 'contact' },
  { href: '/data', label: 'data' },
  { href: '/data/api', label: 'api' },
] as const;

export const SiteFooter = async () => {
  const t = await getTranslations('Footer');
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-slate-700">
        <SubscribeBox />
        <nav aria-label={t('nav.label')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {SITE_PAGES.map(({ href, label }) => (
              <li key={href}>
                <Link
                  href={href}
                  className="inline-flex min-h-6 items-center text-brand-700 underline"
                >
                  {t(`nav.${label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t('about')}</p>
        <p>{t('dataNotice')}</p>
      </div>
    </footer>
  );
};
