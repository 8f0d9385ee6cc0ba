import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { NpmDeadlineStatusText } from '@/components/countries/npm-deadline-status';
import { TreatyStanding } from '@/components/countries/treaty-standing';
import { FactSource } from '@/components/sources/fact-source';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { CountryDetail } from '@/server/countries/get-country';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid grid-cols-1 gap-1 border-b border-slate-100 py-2 sm:grid-cols-[18rem_minmax(0,1fr)]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd className="min-w-0 space-y-1">{children}</dd>
  </div>
);

const Note = ({ children }: { children: ReactNode }) => (
  <p className="text-sm text-slate-600">{children}</p>
);

export type TreatyFactsProps = {
  country: Pick<
    CountryDetail,
    'cat' | 'opcat' | 'deadline' | 'deadlineStatus' | 'npmPostponedTo' | 'citations'
  >;
};

/**
 * CAT and OPCAT standing, the OPCAT signature, entry into force for the State and the NPM
 * deadline with where the State stands with it (and any art. 24 postponement, explained), each
 * fact with its source marker.
 */
export const TreatyFacts = async ({ country }: TreatyFactsProps) => {
  const [t, tDeadlines, tPage, tSources] = await Promise.all([
    getTranslations('TreatyStatus'),
    getTranslations('Deadlines'),
    getTranslations('CountryPage'),
    getTranslations('Sources'),
  ]);
  const { opcat, deadline, citations: cite } = country;

  const signature = () => {
    if ((opcat.kind === 'party' || opcat.kind === 'signatory') && opcat.signedOn) {
      return <FormattedDate date={opcat.signedOn} />;
    }
    if (opcat.kind === 'signatory' || (opcat.kind === 'party' && opcat.by === 'RATIFICATION')) {
      return t('dateUnknown');
    }
    if (opcat.kind === 'party' && opcat.by === 'ACCESSION') return t('notSignedAcceded');
    if (opcat.kind === 'not-party') return t('notSigned');
    return t('signatureUnknown');
  };

  return (
    <section aria-labelledby="treaty-status">
      <h2 id="treaty-status" className="mb-2 text-2xl font-semibold">
        {tPage('treatyStatus')}
      </h2>
      <dl>
        <Fact term={t('cat')}>
          <TreatyStanding standing={country.cat} />
          <FactSource citation={cite.cat} label={t('cat')} />
        </Fact>
        <Fact term={t('opcat')}>
          <TreatyStanding standing={opcat} />
          <FactSource citation={cite.opcatRatified ?? cite.opcatStatus} label={t('opcat')} />
        </Fact>
        <Fact term={t('opcatSignature')}>
          {signature()}
          <FactSource citation={cite.opcatSigned} label={t('opcatSignature')} />
        </Fact>
        {opcat.kind !== 'not-party' && (
          <Fact term={tSources('art24')}>
            {country.npmPostponedTo ? (
              <FormattedDate date={country.npmPostponedTo} />
            ) : (
              tSources('art24None')
            )}
            <FactSource citation={cite.art24} label={tSources('art24')} />
          </Fact>
        )}
        {opcat.kind === 'party' && (
          <Fact term={t('entryIntoForce')}>
            {deadline.kind === 'date' && deadline.entryIntoForce ? (
              <>
                <FormattedDate date={deadline.entryIntoForce} />
                <Note>{t('entryIntoForceRule')}</Note>
              </>
            ) : (
              t('dateUnknown')
            )}
          </Fact>
        )}
        <Fact term={tDeadlines('label')}>
          {deadline.kind === 'not-applicable' && tDeadlines('notApplicable')}
          {deadline.kind === 'unknown' && <p>{tDeadlines('unknown')}</p>}
          {deadline.kind === 'date' && (
            <p>
              <FormattedDate date={deadline.date} />
            </p>
          )}
          {deadline.kind !== 'not-applicable' && (
            <p>
              <NpmDeadlineStatusText status={country.deadlineStatus} />
            </p>
          )}
          {deadline.kind === 'date' && deadline.postponed && (
            <>
              <p className="font-semibold">{tDeadlines('postponed')}</p>
              <Note>{tDeadlines('art24')}</Note>
              {deadline.art17Date && (
                <Note>
                  {tDeadlines.rich('art24Replaced', {
                    date: () => <FormattedDate date={deadline.art17Date!} />,
                  })}
                </Note>
              )}
            </>
          )}
          {deadline.kind !== 'not-applicable' && <Note>{tDeadlines('rule')}</Note>}
        </Fact>
      </dl>
      <p className="mt-2 max-w-3xl text-sm text-slate-600">{t('explainer')}</p>
    </section>
  );
};
