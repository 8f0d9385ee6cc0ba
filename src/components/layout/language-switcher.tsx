'use client';

import { useLocale } from 'next-intl';

import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

export type LanguageSwitcherProps = {
  label: string;
  languageNames: Record<(typeof routing.locales)[number], string>;
};

/** Links to the current page in every language; plain links, so it works without JavaScript. */
export const LanguageSwitcher = ({ label, languageNames }: LanguageSwitcherProps) => {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className="block rounded px-2 py-1 underline-offset-2 hover:underline aria-[current]:bg-white aria-[current]:font-semibold aria-[current]:text-brand-900"
            >
              {languageNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};
