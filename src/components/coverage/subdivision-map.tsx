import { getTranslations } from 'next-intl/server';

import { MapUnitPath } from '@/components/ui/map-unit-path';
import type { LocalCoverage } from '@/server/coverage/get-local-coverage';
import { UNIT_STATUSES } from '@/server/coverage/unit-status';

import { getSubdivisionGeometry, MAP_CREDIT } from './subdivision-geometry';
import { UNIT_STATUS_FILL, UnitStatusSwatch } from './unit-status-fills';

export type SubdivisionMapProps = {
  iso2: keyof typeof MAP_CREDIT;
  country: string;
  coverage: LocalCoverage;
};

/** The row of the coverage table a unit's shape links to. */
export const unitRowId = (code: string) => `unit-${code}`;

/**
 * The federal State's states or provinces coloured by their local mechanism's status, drawn on the
 * server. Each unit is a link (so a keyboard reaches it with Tab) named by the unit and its status,
 * leading to its row in the coverage table, which holds the same data.
 */
export const SubdivisionMap = async ({ iso2, country, coverage }: SubdivisionMapProps) => {
  const geometry = getSubdivisionGeometry(iso2);
  if (!geometry) return null;
  const t = await getTranslations('LocalCoverage');
  const titleId = `coverage-map-title-${iso2}`;
  const descId = `coverage-map-desc-${iso2}`;
  const present = UNIT_STATUSES.filter((s) => coverage.units.some((u) => u.status === s));

  return (
    <figure className="grid grid-cols-1 items-start gap-4 md:grid-cols-[minmax(0,1fr)_16rem]">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="mx-auto h-auto max-h-[36rem] w-full max-w-xl"
      >
        <title id={titleId}>{t('mapTitle', { country, unitKind: coverage.unitKind })}</title>
        <desc id={descId}>{t('mapDescription')}</desc>
        {coverage.units.map((unit) => {
          const d = geometry.units[unit.code];
          if (!d) return null;
          return (
            <a key={unit.code} href={`#${unitRowId(unit.code)}`} className="group">
              <title>
                {t('unitLabel', {
                  unit: unit.name,
                  status: t('statusLabel', { status: unit.status }),
                })}
              </title>
              <MapUnitPath
                d={d}
                data-unit={unit.code}
                data-status={unit.status}
                fill={UNIT_STATUS_FILL[unit.status]}
              />
            </a>
          );
        })}
      </svg>
      <figcaption className="space-y-3 text-sm">
        <p className="font-semibold text-slate-800">{t('legend')}</p>
        <ul className="space-y-2">
          {present.map((status) => (
            <li key={status} className="flex items-start gap-2">
              <UnitStatusSwatch status={status} />
              <span>
                {t('statusLabel', { status })}{' '}
                <span className="text-slate-700">
                  (
                  {t('legendCount', {
                    count: coverage.units.filter((u) => u.status === status).length,
                  })}
                  )
                </span>
              </span>
            </li>
          ))}
        </ul>
        <p className="text-slate-600">{t('mapHint')}</p>
        <p className="text-slate-600">{t('mapCredit', { source: MAP_CREDIT[iso2] })}</p>
      </figcaption>
    </figure>
  );
};
