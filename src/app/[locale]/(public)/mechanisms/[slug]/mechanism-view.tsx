import { getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { NewsList } from '@/components/content/news-list';
import { ProposeCorrectionLink } from '@/components/corrections/propose-correction-link';
import { MechanismFacts } from '@/components/mechanisms/mechanism-facts';
import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { RecommendationsSection } from '@/components/recommendations/recommendations-section';
import { CitedSourceList } from '@/components/sources/cited-source-list';
import { FactSource } from '@/components/sources/fact-source';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { Link } from '@/i18n/link';
import type { MechanismDetail } from '@/server/mechanisms/get-mechanism';
import type { RecommendationList } from '@/server/recommendations/find-recommendations';

import { CooperationList } from './cooperation-list';

export type MechanismViewProps = {
  mechanism: MechanismDetail;
  /** What it follows up; absent in the back-office preview. */
  recommendations?: RecommendationList;
};

export const MechanismView = async ({ mechanism, recommendations }: MechanismViewProps) => {
  const [t, tLevel, tNews, tSources] = await Promise.all([
    getTranslations('MechanismPage'),
    getTranslations('MechanismLevel'),
    getTranslations('News'),
    getTranslations('Sources'),
  ]);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          <MechanismName mechanism={mechanism} />
        </h1>
        <FactSource citation={mechanism.citations.name} label={tSources('name')} />
        <p className="text-slate-700">
          {tLevel('label', { level: mechanism.level })}
          {' · '}
          <Link href={`/countries/${mechanism.country.slug}`} className="text-brand-700 underline">
            {mechanism.country.name}
          </Link>
        </p>
        {mechanism.fallbackLocales.map((shownLocale) => (
          <FallbackNotice key={shownLocale} shownLocale={shownLocale} />
        ))}
      </header>

      <ContentSection id="profile" heading={t('profile')} className="space-y-3">
        <MechanismFacts mechanism={mechanism} />
        {mechanism.notes && (
          <p lang={mechanism.notesLocale} className="text-sm text-slate-700">
            {mechanism.notes}
          </p>
        )}
      </ContentSection>

      {mechanism.parent && (
        <ContentSection id="parent" heading={t('parent')}>
          <p>
            <MechanismName mechanism={mechanism.parent} link translation="inline" />
          </p>
        </ContentSection>
      )}

      {mechanism.localMechanisms.length > 0 && (
        <ContentSection id="local-mechanisms" heading={t('localMechanisms')}>
          <p className="text-slate-700">
            {t('localMechanismsCount', { count: mechanism.localMechanisms.length })}
          </p>
          <ul className="grid grid-cols-1 gap-x-6 gap-y-2 md:grid-cols-2">
            {mechanism.localMechanisms.map((local) => (
              <li key={local.slug}>
                <MechanismName mechanism={local} link translation="none" />
                {local.name && local.jurisdiction && (
                  <span className="text-slate-600"> – {local.jurisdiction}</span>
                )}
              </li>
            ))}
          </ul>
        </ContentSection>
      )}

      <ContentSection id="cooperations" heading={t('cooperations')}>
        <CooperationList cooperations={mechanism.cooperations} emptyText={t('noCooperations')} />
      </ContentSection>

      {recommendations && (
        <RecommendationsSection heading={t('recommendations')} result={recommendations} />
      )}

      <ContentSection id="news" heading={tNews('latest')}>
        <NewsList news={mechanism.news} emptyText={tNews('noNews')} />
        {mechanism.news.length > 0 && (
          <p>
            <Link
              href={{ pathname: '/news', query: { mechanism: mechanism.slug } }}
              className="text-brand-700 underline"
            >
              {tNews('allAboutMechanism')}
            </Link>
          </p>
        )}
      </ContentSection>

      <div className="grid grid-cols-1 gap-10 md:grid-cols-2">
        <ContentSection id="documents" heading={t('documents')}>
          <DocumentList documents={mechanism.documents} emptyText={t('noDocuments')} />
        </ContentSection>
        <ContentSection id="events" heading={t('events')}>
          <EventList events={mechanism.events} emptyText={t('noEvents')} />
        </ContentSection>
      </div>

      <ContentSection id="sources" heading={t('sources')} minor>
        <CitedSourceList citations={[mechanism.citations]} />
      </ContentSection>

      <ProposeCorrectionLink entityType="mechanism" slug={mechanism.slug} />
    </div>
  );
};
