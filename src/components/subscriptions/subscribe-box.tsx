import { getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

/** The footer's invitation to follow the portal by e-mail (a link: the form is a page). */
export const SubscribeBox = async () => {
  const t = await getTranslations('Subscribe.box');
  return (
    <section
      aria-labelledby="subscribe-box"
      className="rounded border border-slate-300 bg-white p-4 print:hidden"
    >
      <h2 id="subscribe-box" className="font-semibold text-brand-900">
        {t('heading')}
      </h2>
      <p className="mt-1">{t('text')}</p>
      <p className="mt-2">
        <Link
          href="/subscribe"
          className="inline-flex min-h-6 items-center font-semibold text-brand-700 underline"
        >
          {t('link')}
        </Link>
      </p>
    </section>
  );
};
