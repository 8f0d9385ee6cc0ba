import { getTranslations } from 'next-intl/server';

import { ContentSection } from '@/components/content/content-section';
import { Link } from '@/i18n/link';
import type { LocalCoverage as Coverage } from '@/server/coverage/get-local-coverage';

import { MAP_CREDIT } from './subdivision-geometry';
import { SubdivisionMap, unitRowId } from './subdivision-map';

export type LocalCoverageProps = { iso2: string; country: string; coverage: Coverage };

const hasMap = (iso2: string): iso2 is keyof typeof MAP_CREDIT => iso2 in MAP_CREDIT;

/**
 * "n of N provinces have a local mechanism": the count, the units without one, a map and a
 * table of every unit with its mechanism, status and legal basis (the map's text alternative).
 */
export const LocalCoverage = async ({ iso2, country, coverage }: LocalCoverageProps) => {
  const [t, tMechanism] = await Promise.all([
    getTranslations('LocalCoverage'),
    getTranslations('Mechanism'),
  ]);
  const without = coverage.units.filter((u) => u.status === 'NONE');
  const { unitKind } = coverage;

  return (
    <ContentSection id="local-coverage" heading={t('heading', { unitKind })} className="space-y-4">
      <p className="text-lg font-semibold text-slate-900" data-testid="coverage-summary">
        {t('summary', { covered: coverage.covered, total: coverage.total, unitKind })}
      </p>
      <p className="text-sm text-slate-700">{t('summaryNote', { iso2 })}</p>
      {without.length > 0 && (
        <p className="text-slate-800">
          {t('without', { count: without.length })} {without.map((u) => u.name).join(', ')}
        </p>
      )}
      {hasMap(iso2) && <SubdivisionMap iso2={iso2} country={country} coverage={coverage} />}
      <div
        className="overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={t('tableCaption', { unitKind })}
      >
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-800">
            {t('tableCaption', { unitKind })}
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t('unit', { unitKind })}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('code')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('status')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('mechanism')}
              </th>
              <th scope="col" className="py-2">
                {t('legalBasis')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.units.map((unit) => (
              <tr
                key={unit.code}
                id={unitRowId(unit.code)}
                className="scroll-mt-24 border-b border-slate-200 align-top target:bg-amber-50"
              >
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {unit.name}
                </th>
                <td className="py-2 pr-3 font-mono text-xs">{unit.code}</td>
                <td className="py-2 pr-3">{t('statusLabel', { status: unit.status })}</td>
                <td className="py-2 pr-3">
                  {unit.mechanisms.length === 0
                    ? t('none')
                    : unit.mechanisms.map((m) => (
                        <p key={m.slug}>
                          <Link href={`/mechanisms/${m.slug}`} className="text-brand-700 underline">
                            <span lang={m.name ? m.nameLocale : undefined}>
                              {m.name ?? tMechanism('unnamedLocal', { jurisdiction: unit.name })}
                            </span>
                          </Link>
                        </p>
                      ))}
                </td>
                <td className="py-2">
                  {unit.mechanisms.length === 0
                    ? '—'
                    : unit.mechanisms.map((m) => (
                        <p key={m.slug} lang={m.legalBasis ? m.legalBasisLocale : undefined}>
                          {m.legalBasis ?? t('notRecorded')}
                        </p>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ContentSection>
  );
};
