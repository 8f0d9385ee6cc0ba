import { useLocale, useTranslations } from 'next-intl';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { SearchResultItem } from '@/server/search/to-search-result';

import { HighlightedText } from './highlighted-text';

export type SearchResultProps = { item: SearchResultItem };

const BADGE = 'rounded px-1.5 py-0.5 text-xs font-semibold';

/**
 * One hit: what it is, its highlighted title and snippet, and the language it is shown in. Plain
 * text needs no element of its own in the flex line above the title (each run of text is a flex
 * item): every element costs render time on a page rendered at every search.
 */
export const SearchResult = ({ item }: SearchResultProps) => {
  // Hooks, not `await getTranslations()`: a synchronous component is rendered inline rather than
  // as an RSC chunk of its own (see Link).
  const t = useTranslations('SearchPage');
  const tDocument = useTranslations('Document');
  const tEvent = useTranslations('Event');
  const tLevel = useTranslations('MechanismLevel');
  const tRecommendation = useTranslations('RecommendationLabels');
  const tFallback = useTranslations('Fallback');
  const locale = useLocale();
  const subtype =
    item.type === 'document'
      ? tDocument('typeLabel', { type: item.subtype ?? '' })
      : item.type === 'event'
        ? tEvent('kindLabel', { kind: item.subtype ?? '' })
        : item.type === 'recommendation'
          ? tRecommendation('body', { body: item.subtype ?? '' })
          : tLevel('label', { level: item.subtype ?? '' });
  const otherLanguage = item.locale !== locale;
  const language = tFallback('languageName', { locale: item.locale });

  return (
    <article className="space-y-1 py-4">
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className={`${BADGE} bg-brand-50 text-brand-900`}>
          {t('typeLabel', { type: item.type })}
        </span>
        {subtype}
        {item.date && (
          <>
            <span aria-hidden="true">·</span>
            <FormattedDate date={item.date} precision={item.datePrecision} />
          </>
        )}
        {item.countries.length > 0 && item.type !== 'document' && (
          <>
            <span aria-hidden="true">·</span>
            {item.countries.every((country) => country.labelLocale === locale) ? (
              item.countries.map((country) => country.label).join(', ')
            ) : (
              <span>
                {item.countries.map((country, index) => (
                  <span
                    key={country.label}
                    lang={country.labelLocale !== locale ? country.labelLocale : undefined}
                  >
                    {index > 0 && ', '}
                    {country.label}
                  </span>
                ))}
              </span>
            )}
          </>
        )}
        <span
          className={`${BADGE} ${otherLanguage ? 'bg-amber-100 text-amber-950' : 'bg-slate-100 text-slate-800'}`}
        >
          {t('languageBadge', { language })}
        </span>
      </p>
      <h3 className="text-lg font-semibold" lang={item.titleLocale}>
        <Link href={item.href} className="text-brand-700 underline">
          <HighlightedText text={item.title} />
        </Link>
      </h3>
      {item.translatedTitle && (
        <p lang={item.locale} className="text-sm text-slate-700">
          <HighlightedText text={item.translatedTitle} />
        </p>
      )}
      {item.snippet && (
        <p lang={item.locale} className="text-sm text-slate-700">
          <HighlightedText text={item.snippet} />
        </p>
      )}
      {item.originalLocale !== item.locale && (
        <p className="text-xs text-slate-600">
          {t('originalLanguage', {
            language: tFallback('languageName', { locale: item.originalLocale }),
          })}
        </p>
      )}
    </article>
  );
};
