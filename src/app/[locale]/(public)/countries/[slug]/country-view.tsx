import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { ContentSection } from '@/components/content/content-section';
import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { CountryTimeline } from '@/components/countries/country-timeline';
import { OpcatStatusBadge } from '@/components/countries/opcat-status-badge';
import { MechanismCard } from '@/components/mechanisms/mechanism-card';
import { CitedSourceList } from '@/components/sources/cited-source-list';
import { FactSource } from '@/components/sources/fact-source';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { CountryDetail } from '@/server/countries/get-country';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[18rem_1fr]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd>{children}</dd>
  </div>
);

export const CountryView = async ({ country }: { country: CountryDetail }) => {
  const [t, tSubregion, tSources] = await Promise.all([
    getTranslations('CountryPage'),
    getTranslations('Subregion'),
    getTranslations('Sources'),
  ]);
  const cite = country.citations;
  const by = (action: string | null) =>
    action && <span className="text-slate-700"> {tSources('by', { action })}</span>;
  const notRecorded = <span className="text-slate-600">{t('notRecorded')}</span>;
  const dateOrUnknown = (date: Date | null) => (date ? <FormattedDate date={date} /> : notRecorded);
  const { deadline } = country;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{country.name}</h1>
        <p className="text-slate-700">
          {tSubregion('label', { subregion: country.subregion })}
          {country.federal && ` · ${t('federal')}`}
        </p>
      </header>

      <section aria-labelledby="treaty-status">
        <h2 id="treaty-status" className="mb-2 text-2xl font-semibold">
          {t('treatyStatus')}
        </h2>
        <dl>
          <Fact term={t('catRatified')}>
            {dateOrUnknown(country.catRatifiedOn)}
            {country.catRatifiedOn && by(country.catBy)}
            <FactSource citation={cite.cat} label={t('catRatified')} />
          </Fact>
          <Fact term={t('opcatStatus')}>
            <OpcatStatusBadge status={country.opcatStatus} />
            <FactSource citation={cite.opcatStatus} label={t('opcatStatus')} />
          </Fact>
          <Fact term={t('opcatSigned')}>
            {dateOrUnknown(country.opcatSignedOn)}
            <FactSource citation={cite.opcatSigned} label={t('opcatSigned')} />
          </Fact>
          <Fact term={t('opcatRatified')}>
            {dateOrUnknown(country.opcatRatifiedOn)}
            {country.opcatRatifiedOn && by(country.opcatBy)}
            <FactSource citation={cite.opcatRatified} label={t('opcatRatified')} />
          </Fact>
          {country.opcatStatus !== 'NOT_PARTY' && (
            <Fact term={tSources('art24')}>
              {country.npmPostponedTo ? (
                <FormattedDate date={country.npmPostponedTo} />
              ) : (
                tSources('art24None')
              )}
              <FactSource citation={cite.art24} label={tSources('art24')} />
            </Fact>
          )}
          <Fact term={t('npmDeadline')}>
            {deadline.kind === 'date' && <FormattedDate date={deadline.date} />}
            {deadline.kind === 'unknown' && t('deadlineUnknown')}
            {deadline.kind === 'not-applicable' && t('deadlineNotApplicable')}
            {deadline.kind === 'date' && deadline.postponed && <p>{t('deadlinePostponed')}</p>}
            {country.npmOverdue && <p className="font-semibold text-alert-700">{t('overdue')}</p>}
            {deadline.kind !== 'not-applicable' && (
              <p className="text-sm text-slate-600">{t('deadlineRule')}</p>
            )}
          </Fact>
        </dl>
      </section>

      <CountryTimeline country={country} />

      <ContentSection
        id="national-mechanism"
        heading={t('nationalMechanism')}
        className="space-y-3"
      >
        {country.nationalMechanism ? (
          <MechanismCard mechanism={country.nationalMechanism} />
        ) : (
          <p>{t('noNationalMechanism')}</p>
        )}
      </ContentSection>

      {(country.federal || country.localMechanisms.length > 0) && (
        <ContentSection id="local-mechanisms" heading={t('localMechanisms')} className="space-y-3">
          {country.localMechanisms.length === 0 ? (
            <p>{t('noLocalMechanisms')}</p>
          ) : (
            <>
              <p className="text-slate-700">
                {t('localMechanismsCount', { count: country.localMechanisms.length })}
              </p>
              <ul className="grid gap-4 md:grid-cols-2">
                {country.localMechanisms.map((mechanism) => (
                  <li key={mechanism.slug}>
                    <MechanismCard mechanism={mechanism} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </ContentSection>
      )}

      <div className="grid gap-10 md:grid-cols-2">
        <ContentSection id="documents" heading={t('documents')}>
          <DocumentList documents={country.documents} emptyText={t('noDocuments')} />
        </ContentSection>
        <ContentSection id="events" heading={t('events')}>
          <EventList events={country.events} emptyText={t('noEvents')} />
        </ContentSection>
      </div>

      {country.notes && (
        <ContentSection id="notes" heading={t('notes')} minor>
          {country.notes.isFallback && <FallbackNotice shownLocale={country.notes.shownLocale} />}
          <p lang={country.notes.shownLocale} className="text-sm text-slate-700">
            {country.notes.text}
          </p>
        </ContentSection>
      )}

      <ContentSection id="sources" heading={t('sources')} minor>
        <CitedSourceList
          citations={[
            country.citations,
            country.nationalMechanism?.citations,
            ...country.localMechanisms.map((m) => m.citations),
          ]}
        />
      </ContentSection>
    </div>
  );
};
