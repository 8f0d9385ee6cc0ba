import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { LicenceSection } from '@/components/open-data/licence-section';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { DataLicence } from '@/lib/data-licence';
import { formatFileSize } from '@/lib/format-file-size';
import type { PublicDataDownload } from '@/server/data-download/get-data-download';

/** The portal-wide feeds and calendar: files, so plain links (as the lists' own SubscribeLinks). */
const FEEDS = [
  { key: 'documents', href: '/documents/feed.xml', type: 'application/atom+xml' },
  { key: 'events', href: '/events/feed.xml', type: 'application/atom+xml' },
  { key: 'news', href: '/news/feed.xml', type: 'application/atom+xml' },
  { key: 'calendar', href: '/events/calendar.ics', type: 'text/calendar' },
] as const;

const linkClass = 'text-brand-700 underline';
const headingClass = 'text-xl font-semibold text-brand-900';

export type DataViewProps = {
  locale: AppLocale;
  licence: DataLicence;
  /** The full download, or null while none has been built. */
  download: PublicDataDownload | null;
};

export const DataView = async ({ locale, licence, download }: DataViewProps) => {
  const [t, format] = await Promise.all([getTranslations('DataPage'), getFormatter()]);
  const listLinks = {
    countries: (chunks: ReactNode) => (
      <Link href="/countries" className={linkClass}>
        {chunks}
      </Link>
    ),
    mechanisms: (chunks: ReactNode) => (
      <Link href="/mechanisms" className={linkClass}>
        {chunks}
      </Link>
    ),
  };
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('description')}</p>
      </header>
      <section aria-labelledby="sources" className="space-y-3">
        <h2 id="sources" className={headingClass}>
          {t('sourcesHeading')}
        </h2>
        <p>{t('sources')}</p>
      </section>
      <section aria-labelledby="updates" className="space-y-3">
        <h2 id="updates" className={headingClass}>
          {t('updatesHeading')}
        </h2>
        <p>{t('updates')}</p>
      </section>
      <section aria-labelledby="corrections" className="space-y-3">
        <h2 id="corrections" className={headingClass}>
          {t('correctionsHeading')}
        </h2>
        <p>{t('corrections')}</p>
        <p>{t.rich('correctionsFind', listLinks)}</p>
      </section>
      <LicenceSection
        namespace="DataPage"
        licence={licence}
        headingClass={headingClass}
        linkClass={linkClass}
      >
        <p>{t('licenceScope')}</p>
      </LicenceSection>
      <section aria-labelledby="download" className="space-y-3">
        <h2 id="download" className={headingClass}>
          {t('downloadHeading')}
        </h2>
        <p>{t('downloadIntro')}</p>
        {download ? (
          <>
            <p>
              {t('downloadBuilt', {
                date: format.dateTime(download.builtAt, {
                  dateStyle: 'long',
                  timeStyle: 'short',
                  timeZone: 'UTC',
                }),
              })}
            </p>
            <p>
              {/* A plain link: the API route is not a localized page. */}
              <a
                href="/api/v1/download"
                download
                type="application/zip"
                className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {t('downloadLink', { size: formatFileSize(format, download.size) })}
              </a>
            </p>
          </>
        ) : (
          <p data-download="none">{t('downloadNotBuilt')}</p>
        )}
      </section>
      <section aria-labelledby="feeds" className="space-y-3">
        <h2 id="feeds" className={headingClass}>
          {t('feedsHeading')}
        </h2>
        <p>{t('feedsIntro')}</p>
        <ul className="list-disc space-y-1 pl-6">
          {FEEDS.map(({ key, href, type }) => (
            <li key={key}>
              <a href={getPathname({ href, locale })} type={type} className={linkClass}>
                {t(`feeds.${key}`)}
              </a>
            </li>
          ))}
          <li>
            <Link href="/subscribe" className={linkClass}>
              {t('feeds.subscribe')}
            </Link>
          </li>
        </ul>
      </section>
    </article>
  );
};
