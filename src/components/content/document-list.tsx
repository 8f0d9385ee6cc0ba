import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { DocumentSummary } from '@/server/summaries/to-document-summary';

export type DocumentListProps = {
  documents: DocumentSummary[]; /** Shown when the list is empty; without it an empty list renders nothing. */
  emptyText?: string;
};

export const DocumentList = async ({ documents, emptyText }: DocumentListProps) => {
  const [t, tFallback] = await Promise.all([
    getTranslations('Document'),
    getTranslations('Fallback'),
  ]);
  if (documents.length === 0)
    return emptyText ? <p className="text-slate-600">{emptyText}</p> : null;
  return (
    <ul className="divide-y divide-slate-200">
      {documents.map((document) => (
        <li key={document.slug} className="py-3">
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {t('typeLabel', { type: document.type })}
            {document.publishedOn && (
              <>
                {' · '}
                <FormattedDate date={document.publishedOn} precision={document.datePrecision} />
              </>
            )}
          </p>
          <p lang={document.shownLocale} className="font-semibold">
            <Link href={`/documents/${document.slug}`} className="text-brand-700 underline">
              {document.title}
            </Link>
          </p>
          {document.summary && (
            <p lang={document.shownLocale} className="line-clamp-3 text-sm text-slate-700">
              {document.summary}
            </p>
          )}
          {document.isFallback && (
            <p className="text-xs text-slate-600">
              {t('inLanguage', {
                language: tFallback('languageName', { locale: document.shownLocale }),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
};
