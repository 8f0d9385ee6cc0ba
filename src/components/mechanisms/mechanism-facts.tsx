import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { MechanismProfile } from '@/server/summaries/to-mechanism-profile';

export type MechanismFactKey =
  'jurisdiction' | 'model' | 'status' | 'legalBasis' | 'designated' | 'website' | 'contact';

export type MechanismFactsProps = {
  mechanism: MechanismProfile;
  /** The facts to show (when recorded); all of them by default. */
  only?: readonly MechanismFactKey[];
};

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd>{children}</dd>
  </div>
);

/** A mechanism's profile as a definition list: legal facts, website and contact details. */
export const MechanismFacts = async ({ mechanism, only }: MechanismFactsProps) => {
  const t = await getTranslations('Mechanism');
  const shows = (key: MechanismFactKey) => !only || only.includes(key);
  const isLocal = mechanism.level === 'LOCAL';
  const contact = [
    mechanism.email && {
      term: t('email'),
      value: <a href={`mailto:${mechanism.email}`}>{mechanism.email}</a>,
    },
    mechanism.phone && { term: t('phone'), value: mechanism.phone },
    mechanism.address && { term: t('address'), value: mechanism.address },
  ].filter((item) => !!item);

  return (
    <dl className="space-y-2 text-sm">
      {shows('jurisdiction') && mechanism.jurisdiction && (
        <Fact term={t('jurisdiction')}>{mechanism.jurisdiction}</Fact>
      )}
      {shows('model') && mechanism.model && (
        <Fact term={t('model')}>{t('modelLabel', { model: mechanism.model })}</Fact>
      )}
      {shows('status') && mechanism.operationalStatus && (
        <Fact term={t('status')}>{t('statusLabel', { status: mechanism.operationalStatus })}</Fact>
      )}
      {shows('legalBasis') && mechanism.legalBasis && (
        <Fact term={t('legalBasis')}>
          <span lang={mechanism.legalBasisLocale}>{mechanism.legalBasis}</span>
        </Fact>
      )}
      {shows('designated') && (mechanism.designatedOn || mechanism.designatedYear) && (
        <Fact term={isLocal ? t('established') : t('designated')}>
          {mechanism.designatedOn ? (
            <FormattedDate date={mechanism.designatedOn} />
          ) : (
            <time dateTime={String(mechanism.designatedYear)}>{mechanism.designatedYear}</time>
          )}
        </Fact>
      )}
      {shows('website') && mechanism.website && (
        <Fact term={t('website')}>
          <a href={mechanism.website} className="text-brand-700 underline" rel="noopener">
            {mechanism.website.replace(/^https?:\/\//, '')}
          </a>
        </Fact>
      )}
      {shows('contact') && (
        <Fact term={t('contact')}>
          {contact.length === 0 ? (
            <span className="text-slate-600">{t('noContact')}</span>
          ) : (
            <dl className="space-y-1">
              {contact.map((item) => (
                <Fact key={item.term} term={item.term}>
                  {item.value}
                </Fact>
              ))}
            </dl>
          )}
        </Fact>
      )}
    </dl>
  );
};
