import { getLocale, getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { RecommendationDetail } from '@/server/recommendations/get-recommendation';

import { FollowUpHistory } from './follow-up-history';

export type RecommendationViewProps = { item: RecommendationDetail };

/** The recommendation as the body wrote it, its translation, its source and what was done. */
export const RecommendationView = async ({ item }: RecommendationViewProps) => {
  const [t, tLabels, tFallback, locale] = await Promise.all([
    getTranslations('Recommendations'),
    getTranslations('RecommendationLabels'),
    getTranslations('Fallback'),
    getLocale(),
  ]);
  const latest = item.followUps[0];
  // A fallback translation is shown too when the original text is not stored (a quote read in the
  // UN's English version of a Spanish document): otherwise the page would show no text at all.
  const translation =
    item.text &&
    item.text.locale !== item.originalLocale &&
    (!item.text.isFallback || !item.original)
      ? item.text
      : null;
  const facts: [string, React.ReactNode][] = [
    [t('body'), tLabels('body', { body: item.body })],
    [t('issuedOn'), <FormattedDate key="date" date={item.issuedOn} />],
    ...(item.uprCycle ? [[t('uprCycle'), String(item.uprCycle)] as [string, string]] : []),
    ...(item.recommendingState
      ? [[t('recommendingState'), item.recommendingState] as [string, string]]
      : []),
    [t('position'), tLabels('position', { position: item.position })],
    [
      t('latestStatusLabel'),
      tLabels('implementation', { status: latest?.implementation ?? 'NONE' }),
    ],
  ];
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          {item.symbol} § {item.paragraph}
        </h1>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <ContentSection id="text" heading={t('text')}>
        {item.text?.isFallback && item.text.locale !== locale && (
          <FallbackNotice shownLocale={item.text.locale} />
        )}
        {item.original && (
          <figure className="space-y-1">
            <figcaption className="text-sm text-slate-700">
              {t('originalText', {
                language: tFallback('languageName', { locale: item.originalLocale }),
              })}
            </figcaption>
            <blockquote
              lang={item.originalLocale}
              className="border-l-4 border-brand-700 pl-3 whitespace-pre-line"
            >
              {item.original.text}
            </blockquote>
          </figure>
        )}
        {translation && (
          <figure className="space-y-1">
            <figcaption className="text-sm text-slate-700">
              {t('translation', {
                language: tFallback('languageName', { locale: translation.locale }),
              })}
            </figcaption>
            <p lang={translation.locale} className="pl-4 whitespace-pre-line">
              {translation.text}
            </p>
          </figure>
        )}
        <p>
          <a href={item.sourceUrl} className="text-brand-700 underline" rel="noopener">
            {t('source', { symbol: item.symbol })}
          </a>
        </p>
      </ContentSection>
      <ContentSection id="follow-up" heading={t('followUp')}>
        <FollowUpHistory followUps={item.followUps} />
      </ContentSection>
      <ContentSection id="concerns" heading={t('concerns')} minor>
        <ul className="list-disc pl-6">
          {item.countries.map((country) => (
            <li key={country.slug}>
              <Link href={`/countries/${country.slug}`} className="text-brand-700 underline">
                {country.label}
              </Link>
            </li>
          ))}
          {item.mechanisms.map((mechanism) => (
            <li key={mechanism.slug}>
              <Link href={`/mechanisms/${mechanism.slug}`} className="text-brand-700 underline">
                <span lang={mechanism.nameLocale}>{mechanism.name}</span>
              </Link>
            </li>
          ))}
          {item.themes.map((theme) => (
            <li key={theme.slug}>
              <Link
                href={{ pathname: '/recommendations', query: { theme: theme.slug } }}
                className="text-brand-700 underline"
              >
                {theme.label}
              </Link>
            </li>
          ))}
        </ul>
      </ContentSection>
    </article>
  );
};
