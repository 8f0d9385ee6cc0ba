import { getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { NewsList } from '@/components/content/news-list';
import { ProposeCorrectionLink } from '@/components/corrections/propose-correction-link';
import { CountryTimeline } from '@/components/countries/country-timeline';
import { LocalCoverage } from '@/components/coverage/local-coverage';
import { MechanismCard } from '@/components/mechanisms/mechanism-card';
import { RecommendationsSection } from '@/components/recommendations/recommendations-section';
import { CitedSourceList } from '@/components/sources/cited-source-list';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { Link } from '@/i18n/link';
import type { TRecommendationQuerySchema } from '@/lib/validation/recommendations';
import type { CountryDetail } from '@/server/countries/get-country';
import type { RecommendationList } from '@/server/recommendations/find-recommendations';

import { TreatyFacts } from './treaty-facts';

export type CountryViewProps = {
  country: CountryDetail;
  /** Absent in the back-office preview, which shows the country's own content only. */
  recommendations?: RecommendationList;
  query?: TRecommendationQuerySchema;
};

export const CountryView = async ({ country, recommendations, query }: CountryViewProps) => {
  const [t, tSubregion, tNews] = await Promise.all([
    getTranslations('CountryPage'),
    getTranslations('Subregion'),
    getTranslations('News'),
  ]);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{country.name}</h1>
        <p className="text-slate-700">
          {tSubregion('label', { subregion: country.subregion })}
          {country.federal && ` · ${t('federal')}`}
        </p>
      </header>

      <TreatyFacts country={country} />

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
              <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
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

      {country.localCoverage && (
        <LocalCoverage
          iso2={country.iso2}
          country={country.name}
          coverage={country.localCoverage}
        />
      )}

      {recommendations && (
        <RecommendationsSection
          heading={t('recommendations')}
          pathname={`/countries/${country.slug}`}
          result={recommendations}
          query={query}
          exportFilters={{ country: country.slug }}
        />
      )}

      <ContentSection id="news" heading={tNews('latest')}>
        <NewsList news={country.news} emptyText={tNews('noNews')} />
        {country.news.length > 0 && (
          <p>
            <Link
              href={{ pathname: '/news', query: { country: country.slug } }}
              className="text-brand-700 underline"
            >
              {tNews('allAboutCountry', { country: country.name })}
            </Link>
          </p>
        )}
      </ContentSection>

      <div className="grid grid-cols-1 gap-10 md:grid-cols-2">
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

      <ProposeCorrectionLink entityType="country" slug={country.slug} />
    </div>
  );
};
