import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { DocumentSummary } from '@/server/summaries/to-document-summary';

/** One entry of the library's result list. */
export const DocumentResult = async ({ document }: { document: DocumentSummary }) => {
  const [t, tDocument, tFallback] = await Promise.all([
    getTranslations('LibraryPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
  ]);
  return (
    <article className="space-y-1 py-4">
      <h3 lang={document.shownLocale} className="text-lg font-semibold">
        <Link href={`/documents/${document.slug}`} className="text-brand-700 underline">
          {document.title}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {tDocument('typeLabel', { type: document.type })}
        {' · '}
        {document.publishedOn ? (
          <FormattedDate date={document.publishedOn} precision={document.datePrecision} />
        ) : (
          t('undated')
        )}
        {' · '}
        {t('originalLanguage', {
          language: tFallback('languageName', { locale: document.originalLocale }),
        })}
      </p>
      {document.summary && (
        <p lang={document.shownLocale} className="line-clamp-3 text-sm text-slate-700">
          {document.summary}
        </p>
      )}
      {document.isFallback && (
        <p className="text-xs text-slate-600">
          {tDocument('inLanguage', {
            language: tFallback('languageName', { locale: document.shownLocale }),
          })}
        </p>
      )}
    </article>
  );
};
