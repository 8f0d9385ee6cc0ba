import { getTranslations } from 'next-intl/server';

import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { Link } from '@/i18n/link';
import type { AppLocale } from '@/i18n/routing';
import type { CorrectionTarget } from '@/server/corrections/get-correction-target';

import { CorrectionForm } from './correction-form';
import { correctionTargetPath } from './correction-paths';

export type CorrectionPageProps = {
  target: CorrectionTarget;
  locale: AppLocale;
  query: { field?: string; sent?: '1' };
};

/** The "Propose a correction" page of a country or mechanism, or its thank-you once sent. */
export const CorrectionPage = async ({ target, locale, query }: CorrectionPageProps) => {
  const t = await getTranslations('Correction');
  const pagePath = correctionTargetPath(target.entityType, target.slug);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={pagePath} className="text-brand-700 underline">
          {t('backToPage')}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('heading')}</h1>
        <p className="text-lg">
          {t('about')}{' '}
          <strong>
            {target.mechanism ? (
              <MechanismName mechanism={target.mechanism} />
            ) : (
              <span lang={target.country.nameLocale}>{target.country.name}</span>
            )}
          </strong>
        </p>
      </header>
      {query.sent ? (
        <>
          <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
            {t('sent')}
          </p>
          <p>
            <Link href={`${pagePath}/correction`} className="text-brand-700 underline">
              {t('sendAnother')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t('intro')}</p>
          <CorrectionForm
            entityType={target.entityType}
            slug={target.slug}
            locale={locale}
            field={query.field}
          />
        </>
      )}
    </div>
  );
};
