import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { getPathname, Link } from '@/i18n/navigation';
import {
  getOpcatMapStatus,
  OPCAT_MAP_STATUSES,
  type OpcatMapStatus,
} from '@/server/countries/opcat-map-status';
import type { CountrySummary } from '@/server/countries/to-country-summary';

import { OpcatMapPatterns, STATUS_FILL, StatusSwatch } from './opcat-map-fills';
import { getOpcatMapGeometry, MAP_HEIGHT, MAP_WIDTH } from './opcat-map-geometry';

export type OpcatMapProps = { countries: CountrySummary[] };

// A page shows the map once, so fixed ids are unique.
const TITLE_ID = 'opcat-map-title';
const DESC_ID = 'opcat-map-desc';

/**
 * Latin America coloured by OPCAT status, drawn on the server (no client JavaScript). Each
 * covered country is a link; the table beside it is the legend and the text alternative.
 */
export const OpcatMap = async ({ countries }: OpcatMapProps) => {
  const [t, format, locale] = await Promise.all([
    getTranslations('OpcatMap'),
    getFormatter(),
    getLocale(),
  ]);
  const geometry = getOpcatMapGeometry();
  const collator = new Intl.Collator(locale);
  const classified = countries
    .map((country) => ({ country, status: getOpcatMapStatus(country) }))
    .sort((a, b) => collator.compare(a.country.name, b.country.name));
  const byStatus = (status: OpcatMapStatus) => classified.filter((c) => c.status === status);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-2">
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          role="group"
          aria-labelledby={TITLE_ID}
          aria-describedby={DESC_ID}
          className="mx-auto h-auto w-full max-w-xl"
        >
          <title id={TITLE_ID}>{t('title')}</title>
          <desc id={DESC_ID}>{t('description')}</desc>
          <OpcatMapPatterns />
          <path d={geometry.context} fill="#E2E8F0" stroke="#fff" strokeWidth={0.75} />
          {classified.map(({ country, status }) => {
            const d = geometry.countries.get(country.iso2);
            if (!d) return null;
            const label = t('countryStatus', {
              country: country.name,
              status: t(`status.${status}`),
            });
            return (
              <a
                key={country.slug}
                href={getPathname({ locale, href: `/countries/${country.slug}` })}
                className="group"
              >
                <title>{label}</title>
                <path
                  d={d}
                  fill={STATUS_FILL[status]}
                  stroke="#fff"
                  strokeWidth={0.75}
                  vectorEffect="non-scaling-stroke"
                  className="group-hover:opacity-80 group-focus-visible:stroke-slate-950 group-focus-visible:[stroke-width:3px]"
                />
              </a>
            );
          })}
        </svg>
        <p className="text-center text-sm text-slate-600">{t('hint')}</p>
      </div>

      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-800">{t('caption')}</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              {t('statusColumn')}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t('countColumn')}
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              {t('countriesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {OPCAT_MAP_STATUSES.map((status) => {
            const members = byStatus(status);
            return (
              <tr key={status} className="border-b border-slate-200 align-top">
                <th scope="row" className="px-3 py-2 text-left font-semibold">
                  <span className="flex items-start gap-2">
                    <StatusSwatch status={status} />
                    {t(`status.${status}`)}
                  </span>
                </th>
                <td className="px-3 py-2 text-right tabular-nums">
                  {format.number(members.length)}
                </td>
                <td className="px-3 py-2">
                  {members.length === 0 ? (
                    <span className="text-slate-600">{t('none')}</span>
                  ) : (
                    <ul className="flex flex-wrap gap-x-3 gap-y-1">
                      {members.map(({ country }) => (
                        <li key={country.slug}>
                          <Link
                            href={`/countries/${country.slug}`}
                            className="text-brand-700 underline"
                          >
                            {country.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
