import { getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/i18n/link';

export type ExportLinksProps = {
  /** The export's name under /api/v1/exports. */
  dataset: 'countries' | 'mechanisms' | 'documents' | 'events' | 'recommendations' | 'search';
  /** The list's current filters and order; unset values are left out. */
  filters: Record<string, string | number | undefined>;
  /** h3 when the list is a section of a page (a country's recommendations). */
  headingLevel?: 'h2' | 'h3';
};

/**
 * "Download this list": the list with its current filters as CSV and JSON. Anchors rather than
 * `Link`: the files are under /api, outside the locale prefix. Each URL is a permalink of the
 * filtered list.
 */
export const ExportLinks = async ({ dataset, filters, headingLevel = 'h2' }: ExportLinksProps) => {
  const [t, locale] = await Promise.all([getTranslations('ExportLinks'), getLocale()]);
  const href = (format: 'csv' | 'json') => {
    const query = new URLSearchParams({ lang: locale });
    for (const [key, value] of Object.entries(filters)) {
      if (value !== undefined && value !== '') query.set(key, String(value));
    }
    return `/api/v1/exports/${dataset}.${format}?${query.toString()}`;
  };
  const Heading = headingLevel;
  return (
    <section
      aria-labelledby="export"
      className="space-y-2 rounded border border-slate-200 bg-slate-50 p-4 print:hidden"
    >
      <Heading id="export" className="text-lg font-semibold">
        {t('heading')}
      </Heading>
      <p className="text-sm text-slate-700">{t('hint')}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a href={href('csv')} type="text/csv" className="text-brand-700 underline" download>
            {t('csv')}
          </a>
        </li>
        <li>
          <a
            href={href('json')}
            type="application/json"
            className="text-brand-700 underline"
            download
          >
            {t('json')}
          </a>
        </li>
        <li>
          <Link href="/data/api" className="text-brand-700 underline">
            {t('api')}
          </Link>
        </li>
      </ul>
    </section>
  );
};
