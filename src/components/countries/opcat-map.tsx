import { getLocale, getTranslations } from 'next-intl/server';

import { MapUnitPath } from '@/components/ui/map-unit-path';
import { Link } from '@/i18n/link';
import { getPathname } from '@/i18n/navigation';
import {
  getOpcatMapStatus,
  OPCAT_MAP_STATUSES,
  type OpcatMapStatus,
} from '@/server/countries/opcat-map-status';
import type { CountrySummary } from '@/server/countries/to-country-summary';

import { OpcatMapPatterns, STATUS_FILL, StatusSwatch } from './opcat-map-fills';
import { getOpcatMapGeometry, MAP_HEIGHT, MAP_WIDTH } from './opcat-map-geometry';

export type OpcatMapProps = {
  countries: CountrySummary[];
  /**
   * List each category's countries under the legend: the map's text alternative. Off where the
   * page already lists every country with its status (the countries index).
   */
  listCountries?: boolean;
};

// A page shows the map once, so fixed ids are unique.
const TITLE_ID = 'opcat-map-title';
const DESC_ID = 'opcat-map-desc';
const LEGEND_ID = 'opcat-map-legend';

/**
 * Latin America coloured by OPCAT status, drawn on the server (no client JavaScript). Each
 * covered country is a link; the legend beside it, grouped by status, lists the same countries
 * as links: the text alternative.
 */
export const OpcatMap = async ({ countries, listCountries = true }: OpcatMapProps) => {
  const [t, tStatus, locale] = await Promise.all([
    getTranslations('OpcatMap'),
    getTranslations('TreatyStatus.map'),
    getLocale(),
  ]);
  const geometry = getOpcatMapGeometry();
  const collator = new Intl.Collator(locale);
  const classified = countries
    .map((country) => ({ country, status: getOpcatMapStatus(country) }))
    .sort((a, b) => collator.compare(a.country.name, b.country.name));
  const byStatus = (status: OpcatMapStatus) => classified.filter((c) => c.status === status);

  return (
    <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2">
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
              status: tStatus(status),
            });
            return (
              <a
                key={country.slug}
                href={getPathname({ locale, href: `/countries/${country.slug}` })}
                className="group"
              >
                <title>{label}</title>
                <MapUnitPath d={d} fill={STATUS_FILL[status]} />
              </a>
            );
          })}
        </svg>
        <p className="text-center text-sm text-slate-600">{t('hint')}</p>
      </div>

      <div className="space-y-3">
        <p id={LEGEND_ID} className="font-semibold text-slate-800">
          {t('legend')}
        </p>
        <ul aria-labelledby={LEGEND_ID} className="divide-y divide-slate-200 text-sm">
          {OPCAT_MAP_STATUSES.map((status) => {
            const members = byStatus(status);
            return (
              <li key={status} className="space-y-1 py-2">
                <p className="flex items-start gap-2">
                  <StatusSwatch status={status} />
                  <span>
                    <span className="font-semibold">{tStatus(status)}</span>{' '}
                    <span className="text-slate-700">
                      ({t('count', { count: members.length })})
                    </span>
                  </span>
                </p>
                {listCountries && members.length > 0 && (
                  <ul className="flex flex-wrap gap-x-3 gap-y-1 pl-7">
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
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
};
