import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';
import type { SiteOperator } from '@/server/site/get-site-operator';

/** What the portal offers, each with the page where it is. */
const OFFERS = [
  { key: 'countries', href: '/countries' },
  { key: 'mechanisms', href: '/mechanisms' },
  { key: 'documents', href: '/documents' },
  { key: 'events', href: '/events' },
  { key: 'news', href: '/news' },
  { key: 'search', href: '/search' },
  { key: 'subscribe', href: '/subscribe' },
] as const;

const linkClass = 'text-brand-700 underline';

export type AboutViewProps = { operator: SiteOperator };

export const AboutView = async ({ operator }: AboutViewProps) => {
  const t = await getTranslations('AboutPage');
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
      </header>
      <section aria-labelledby="offers" className="space-y-3">
        <h2 id="offers" className="text-xl font-semibold text-brand-900">
          {t('offersHeading')}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {OFFERS.map(({ key, href }) => (
            <li key={key}>
              <Link href={href} className={`font-semibold ${linkClass}`}>
                {t(`offers.${key}.name`)}
              </Link>
              : {t(`offers.${key}.text`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="languages" className="space-y-3">
        <h2 id="languages" className="text-xl font-semibold text-brand-900">
          {t('languagesHeading')}
        </h2>
        <p>{t('languages')}</p>
      </section>
      <section aria-labelledby="facts" className="space-y-3">
        <h2 id="facts" className="text-xl font-semibold text-brand-900">
          {t('dataHeading')}
        </h2>
        <p>
          {t.rich('data', {
            link: (chunks) => (
              <Link href="/data" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="operator" className="space-y-3">
        <h2 id="operator" className="text-xl font-semibold text-brand-900">
          {t('operatorHeading')}
        </h2>
        {operator.name && <p>{t('operator', { name: operator.name })}</p>}
        <p>
          {t.rich('contact', {
            link: (chunks) => (
              <Link href="/contact" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
    </article>
  );
};
