import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { NewsSummary } from '@/server/summaries/to-news-summary';

export type NewsListProps = {
  news: NewsSummary[];
  /** Shown when the list is empty; without it an empty list renders nothing. */
  emptyText?: string;
};

/** Date, title and summary of each item, latest first; a note when shown in another language. */
export const NewsList = async ({ news, emptyText }: NewsListProps) => {
  const [t, tFallback] = await Promise.all([getTranslations('News'), getTranslations('Fallback')]);
  if (news.length === 0) return emptyText ? <p className="text-slate-600">{emptyText}</p> : null;
  return (
    <ul className="divide-y divide-slate-200">
      {news.map((item) => (
        <li key={item.slug} className="py-3">
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            <FormattedDate date={item.publishedOn} />
          </p>
          <p lang={item.shownLocale} className="font-semibold">
            <Link href={`/news/${item.slug}`} className="text-brand-700 underline">
              {item.title}
            </Link>
          </p>
          {item.summary && (
            <p lang={item.shownLocale} className="line-clamp-3 text-sm text-slate-700">
              {item.summary}
            </p>
          )}
          {item.isFallback && (
            <p className="text-xs text-slate-600">
              {t('inLanguage', {
                language: tFallback('languageName', { locale: item.shownLocale }),
              })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
};
