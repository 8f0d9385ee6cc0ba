import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { DocumentDetail } from '@/server/documents/get-document';

const LINK_CLASS = 'text-brand-700 underline';

const Related = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <section aria-labelledby={id} className="space-y-2">
    <h2 id={id} className="text-xl font-semibold">
      {title}
    </h2>
    <ul className="list-disc space-y-1 pl-6">{children}</ul>
  </section>
);

/** Themes, places, mechanisms, events, cooperations and sources the document is linked to. */
export const DocumentRelations = async ({ document }: { document: DocumentDetail }) => {
  const [t, locale] = await Promise.all([getTranslations('DocumentPage'), getLocale()]);
  const langOf = (shown: string) => (shown === locale ? undefined : shown);

  return (
    <div className="grid grid-cols-1 gap-8 md:grid-cols-2">
      {document.themes.length > 0 && (
        <Related id="document-themes" title={t('themes')}>
          {document.themes.map((theme) => (
            <li key={theme.slug}>
              <Link
                href={{ pathname: '/documents', query: { theme: theme.slug } }}
                className={LINK_CLASS}
              >
                <span lang={langOf(theme.labelLocale)}>{theme.label}</span>
              </Link>
            </li>
          ))}
        </Related>
      )}
      {document.countries.length > 0 && (
        <Related id="document-countries" title={t('countries')}>
          {document.countries.map((country) => (
            <li key={country.slug}>
              <Link href={`/countries/${country.slug}`} className={LINK_CLASS}>
                <span lang={langOf(country.labelLocale)}>{country.label}</span>
              </Link>
            </li>
          ))}
        </Related>
      )}
      {document.mechanisms.length > 0 && (
        <Related id="document-mechanisms" title={t('mechanisms')}>
          {document.mechanisms.map((mechanism) => (
            <li key={mechanism.slug}>
              <Link href={`/mechanisms/${mechanism.slug}`} className={LINK_CLASS}>
                <span lang={langOf(mechanism.labelLocale)}>{mechanism.label}</span>
              </Link>
              {mechanism.acronym && <span className="text-slate-600"> ({mechanism.acronym})</span>}
            </li>
          ))}
        </Related>
      )}
      {document.events.length > 0 && (
        <Related id="document-events" title={t('events')}>
          {document.events.map((event) => (
            <li key={event.slug}>
              <Link href={`/events/${event.slug}`} className={LINK_CLASS}>
                <span lang={langOf(event.shownLocale)}>{event.title}</span>
              </Link>{' '}
              <span className="text-sm text-slate-600">
                (<FormattedDate date={event.startsOn} precision={event.datePrecision} />)
              </span>
            </li>
          ))}
        </Related>
      )}
      {document.cooperations.length > 0 && (
        <Related id="document-cooperations" title={t('cooperations')}>
          {document.cooperations.map((cooperation) => (
            <li key={cooperation.slug} lang={langOf(cooperation.shownLocale)}>
              <span className="font-semibold">{cooperation.title}</span>
              {cooperation.summary && (
                <p className="text-sm text-slate-700">{cooperation.summary}</p>
              )}
            </li>
          ))}
        </Related>
      )}
      {document.sources.length > 0 && (
        <Related id="document-sources" title={t('sources')}>
          {document.sources.map((source) => (
            <li key={source} className="text-sm break-words">
              {/^https?:\/\//.test(source) ? (
                <a href={source} className={LINK_CLASS} rel="noopener noreferrer">
                  {source}
                </a>
              ) : (
                source
              )}
            </li>
          ))}
        </Related>
      )}
    </div>
  );
};
