import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { MechanismProfile } from '@/server/mechanisms/to-mechanism-profile';

export type MechanismCardProps = {
  mechanism: MechanismProfile;
  /** Heading level of the mechanism's name within the page. */
  headingLevel?: 'h3' | 'h4';
};

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid gap-1 sm:grid-cols-[12rem_1fr]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd>{children}</dd>
  </div>
);

export const MechanismCard = async ({ mechanism, headingLevel = 'h3' }: MechanismCardProps) => {
  const t = await getTranslations('Mechanism');
  const Heading = headingLevel;
  const name =
    mechanism.name ??
    (mechanism.jurisdiction
      ? t('unnamedLocal', { jurisdiction: mechanism.jurisdiction })
      : t('unnamed'));
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
    <article className="space-y-3 rounded-lg border border-slate-200 p-4">
      <Heading className="text-lg font-semibold">
        <span lang={mechanism.name ? mechanism.nameLocale : undefined}>{name}</span>
        {mechanism.acronym && (
          <span className="font-normal text-slate-600"> ({mechanism.acronym})</span>
        )}
      </Heading>
      {mechanism.fallbackLocales.map((shownLocale) => (
        <FallbackNotice key={shownLocale} shownLocale={shownLocale} />
      ))}
      <dl className="space-y-2 text-sm">
        {mechanism.jurisdiction && <Fact term={t('jurisdiction')}>{mechanism.jurisdiction}</Fact>}
        {mechanism.model && (
          <Fact term={t('model')}>{t('modelLabel', { model: mechanism.model })}</Fact>
        )}
        {mechanism.operationalStatus && (
          <Fact term={t('status')}>
            {t('statusLabel', { status: mechanism.operationalStatus })}
          </Fact>
        )}
        {mechanism.legalBasis && (
          <Fact term={t('legalBasis')}>
            <span lang={mechanism.legalBasisLocale}>{mechanism.legalBasis}</span>
          </Fact>
        )}
        {(mechanism.designatedOn || mechanism.designatedYear) && (
          <Fact term={isLocal ? t('established') : t('designated')}>
            {mechanism.designatedOn ? (
              <FormattedDate date={mechanism.designatedOn} />
            ) : (
              <time dateTime={String(mechanism.designatedYear)}>{mechanism.designatedYear}</time>
            )}
          </Fact>
        )}
        {mechanism.website && (
          <Fact term={t('website')}>
            <a href={mechanism.website} className="text-brand-700 underline" rel="noopener">
              {mechanism.website.replace(/^https?:\/\//, '')}
            </a>
          </Fact>
        )}
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
      </dl>
      {mechanism.notes && (
        <p lang={mechanism.notesLocale} className="text-sm text-slate-700">
          {mechanism.notes}
        </p>
      )}
    </article>
  );
};
