import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { CorrectionDetail } from '@/server/corrections/get-correction';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[14rem_1fr]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd className="min-w-0 break-words">{children}</dd>
  </div>
);

/** What the correction is about and where it comes from; the sender's address for editors only. */
export const CorrectionFacts = async ({ correction }: { correction: CorrectionDetail }) => {
  const [t, tCorrection, tForm] = await Promise.all([
    getTranslations('AdminCorrections'),
    getTranslations('Correction'),
    getTranslations('AdminForm'),
  ]);
  const { target } = correction;
  return (
    <dl>
      <Fact term={t('page')}>
        {target ? (
          <>
            {target.label} ({t('entityType', { type: correction.entityType })}) ·{' '}
            <Link href={target.publicPath} className="text-brand-700 underline">
              {t('viewPage')}
            </Link>{' '}
            ·{' '}
            <Link href={target.adminPath} className="text-brand-700 underline">
              {t('editPage')}
            </Link>
          </>
        ) : (
          t('deletedTarget')
        )}
      </Fact>
      <Fact term={t('field')}>{tCorrection('fieldLabel', { field: correction.field })}</Fact>
      <Fact term={t('source')}>
        <a
          href={correction.sourceUrl}
          rel="noopener noreferrer nofollow"
          className="break-all text-brand-700 underline"
        >
          {correction.sourceUrl}
        </a>
      </Fact>
      <Fact term={t('sentOn')}>
        <FormattedDate date={correction.createdAt} format="short" />
      </Fact>
      <Fact term={t('language')}>{tForm('languageName', { locale: correction.locale })}</Fact>
      <Fact term={t('sender')}>{correction.contactEmail ?? t('senderNone')}</Fact>
    </dl>
  );
};
