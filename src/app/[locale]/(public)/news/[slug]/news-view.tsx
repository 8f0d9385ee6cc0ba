import { getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { MarkdownBody } from '@/components/content/markdown-body';
import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { NewsDetail } from '@/server/news/get-news-item';

export type NewsViewProps = { news: NewsDetail };

export const NewsView = async ({ news }: NewsViewProps) => {
  const t = await getTranslations('News');
  const linked = 'text-brand-700 underline';
  const hasPlaces = news.countries.length > 0 || news.mechanisms.length > 0;

  return (
    <article className="space-y-8">
      <p>
        <Link href="/news" className={linked}>
          <span aria-hidden="true">← </span>
          {t('backToList')}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          <FormattedDate date={news.publishedOn} />
        </p>
        <h1 lang={news.shownLocale} className="text-3xl font-bold text-brand-900">
          {news.title}
        </h1>
        {news.isFallback && <FallbackNotice shownLocale={news.shownLocale} />}
      </header>

      {news.image && (
        // The file route serves only images of published items (or published documents' files).
        // A plain <img>: next/image's optimizer would need sharp and a loader for /api/files.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/api/files/${news.image.id}`}
          alt={news.image.alt}
          lang={news.shownLocale}
          className="aspect-video w-full max-w-3xl rounded bg-slate-100 object-contain"
        />
      )}

      {news.summary && (
        <p lang={news.shownLocale} className="max-w-3xl text-lg text-slate-800">
          {news.summary}
        </p>
      )}
      {news.body && <MarkdownBody markdown={news.body} lang={news.shownLocale} />}

      {hasPlaces && (
        <ContentSection id="news-places" heading={t('related')} className="space-y-4">
          {news.countries.length > 0 && (
            <div>
              <h3 className="font-semibold">{t('countries')}</h3>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {news.countries.map((country) => (
                  <li key={country.slug}>
                    <Link
                      href={`/countries/${country.slug}`}
                      lang={country.labelLocale}
                      className={linked}
                    >
                      {country.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {news.mechanisms.length > 0 && (
            <div>
              <h3 className="font-semibold">{t('mechanisms')}</h3>
              <ul className="list-disc space-y-1 pl-6">
                {news.mechanisms.map((mechanism) => (
                  <li key={mechanism.slug}>
                    <MechanismName mechanism={mechanism} link />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </ContentSection>
      )}

      {news.themes.length > 0 && (
        <ContentSection id="news-themes" heading={t('themes')} minor>
          <ul className="flex flex-wrap gap-2">
            {news.themes.map((theme) => (
              <li key={theme.slug}>
                <Link
                  href={{ pathname: '/news', query: { theme: theme.slug } }}
                  lang={theme.labelLocale}
                  className={`inline-block rounded-full border border-brand-700 px-3 py-1 text-sm ${linked}`}
                >
                  {theme.label}
                </Link>
              </li>
            ))}
          </ul>
        </ContentSection>
      )}

      {(news.documents.length > 0 || news.events.length > 0) && (
        <div className="grid grid-cols-1 gap-10 md:grid-cols-2">
          {news.documents.length > 0 && (
            <ContentSection id="news-documents" heading={t('documents')}>
              <DocumentList documents={news.documents} />
            </ContentSection>
          )}
          {news.events.length > 0 && (
            <ContentSection id="news-events" heading={t('events')}>
              <EventList events={news.events} />
            </ContentSection>
          )}
        </div>
      )}
    </article>
  );
};
