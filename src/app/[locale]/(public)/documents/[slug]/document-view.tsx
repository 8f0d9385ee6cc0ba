import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { DocumentDetail } from '@/server/documents/get-document';

import { DocumentAccess } from './document-access';
import { DocumentRelations } from './document-relations';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="grid grid-cols-1 gap-1 border-b border-slate-100 py-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
    <dt className="font-semibold text-slate-700">{term}</dt>
    <dd className="min-w-0">{children}</dd>
  </div>
);

export const DocumentView = async ({ document }: { document: DocumentDetail }) => {
  const [t, tDocument, tFallback, locale] = await Promise.all([
    getTranslations('DocumentPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const languageName = (language: string) => tFallback('languageName', { locale: language });
  const { summary } = document;

  return (
    <article className="space-y-8">
      <p className="print:hidden">
        <Link href="/documents" className="text-brand-700 underline">
          <span aria-hidden="true">← </span>
          {t('backToLibrary')}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          {tDocument('typeLabel', { type: document.type })}
        </p>
        <h1 lang={document.titleLocale} className="text-3xl font-bold text-brand-900">
          {document.title}
        </h1>
        {!summary && document.titleLocale !== locale && (
          <FallbackNotice shownLocale={document.titleLocale} />
        )}
      </header>

      <section aria-labelledby="document-details">
        <h2 id="document-details" className="sr-only">
          {t('details')}
        </h2>
        <dl>
          <Fact term={t('type')}>{tDocument('typeLabel', { type: document.type })}</Fact>
          <Fact term={t('published')}>
            {document.publishedOn ? (
              <FormattedDate date={document.publishedOn} precision={document.datePrecision} />
            ) : (
              <span className="text-slate-600">{t('dateNotRecorded')}</span>
            )}
          </Fact>
          <Fact term={t('languages')}>
            {document.languages
              .map((language) =>
                language === document.originalLocale
                  ? t('originalMarker', { language: languageName(language) })
                  : languageName(language),
              )
              .join(', ')}
          </Fact>
        </dl>
      </section>

      <section aria-labelledby="document-access" className="space-y-3">
        <h2 id="document-access" className="text-2xl font-semibold">
          {t('access')}
        </h2>
        <DocumentAccess document={document} />
      </section>

      {summary && (
        <section aria-labelledby="document-summary" className="space-y-2">
          <h2 id="document-summary" className="text-2xl font-semibold">
            {t('summary')}
          </h2>
          {summary.isFallback && <FallbackNotice shownLocale={summary.shownLocale} />}
          <p lang={summary.shownLocale} className="max-w-3xl whitespace-pre-line">
            {summary.text}
          </p>
        </section>
      )}

      {document.excerpt && (
        <section aria-labelledby="document-excerpt" className="space-y-2">
          <h2 id="document-excerpt" className="text-2xl font-semibold">
            {t('excerpt')}
          </h2>
          <p className="text-sm text-slate-600">{t('excerptNote')}</p>
          {/* The file is the document as published, in its original language. */}
          <blockquote
            lang={document.originalLocale}
            className="max-w-3xl border-l-4 border-slate-300 bg-slate-50 px-4 py-3 text-slate-800"
          >
            <p>{document.excerpt}</p>
          </blockquote>
        </section>
      )}

      <DocumentRelations document={document} />
    </article>
  );
};
