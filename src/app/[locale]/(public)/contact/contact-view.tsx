import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import type { TContactTopic } from '@/lib/validation/contact';
import type { SiteOperator } from '@/server/site/get-site-operator';

import { ContactForm } from './contact-form';

const linkClass = 'text-brand-700 underline';

export type ContactViewProps = {
  locale: AppLocale;
  operator: SiteOperator;
  query: { topic?: TContactTopic; sent?: '1' };
};

/**
 * The contact page: the form when the operators set an address (CONTACT_EMAIL), its thank-you
 * once sent, or, without an address, why there is no form and where else to go.
 */
export const ContactView = async ({ locale, operator, query }: ContactViewProps) => {
  const t = await getTranslations('Contact');
  const link = (href: string) => (chunks: ReactNode) => (
    <Link href={href} className={linkClass}>
      {chunks}
    </Link>
  );
  const { contactEmail } = operator;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
        {operator.name && <p>{t('operator', { name: operator.name })}</p>}
      </header>
      {!contactEmail ? (
        <section aria-labelledby="no-form" className="space-y-3">
          <h2 id="no-form" className="text-xl font-semibold text-brand-900">
            {t('noFormHeading')}
          </h2>
          <p>{t.rich('noForm', { subscribe: link('/subscribe') })}</p>
        </section>
      ) : query.sent ? (
        <>
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {t('sent')}
          </p>
          <p>
            <Link href="/contact" className={linkClass}>
              {t('sendAnother')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="rounded border border-slate-200 bg-slate-50 p-3">
            {t.rich('correctionHint', {
              countries: link('/countries'),
              mechanisms: link('/mechanisms'),
            })}
          </p>
          <ContactForm locale={locale} topic={query.topic} />
          <p>
            {t.rich('address', {
              mail: () => (
                <a href={`mailto:${contactEmail}`} className={linkClass}>
                  {contactEmail}
                </a>
              ),
            })}
          </p>
        </>
      )}
    </div>
  );
};
