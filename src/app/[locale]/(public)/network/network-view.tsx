import { getTranslations } from 'next-intl/server';

import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { NetworkDiagram } from '@/components/network/network-diagram';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { ExchangeNetwork } from '@/server/cooperations/find-exchange-network';

const REFERENCE = 'prevenir reference: ';

/** A cooperation's source: a link to a web page, or a public text the portal keeps. */
const SourceItem = async ({ source }: { source: string }) => {
  const t = await getTranslations('NetworkPage');
  if (source.startsWith(REFERENCE)) {
    return <>{t('referenceFile', { file: source.slice(REFERENCE.length) })}</>;
  }
  if (!/^https?:\/\//.test(source)) return <>{source}</>;
  return (
    <a href={source} className="break-all text-brand-700 underline">
      {new URL(source).hostname}
    </a>
  );
};

export const NetworkView = async ({ network }: { network: ExchangeNetwork }) => {
  const [t, tKind] = await Promise.all([
    getTranslations('NetworkPage'),
    getTranslations('MechanismPage'),
  ]);
  const bySlug = new Map(network.mechanisms.map((m) => [m.slug, m]));

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <p className="font-semibold" data-testid="network-summary">
          {t('summary', {
            cooperations: network.cooperations.length,
            mechanisms: network.mechanisms.length,
          })}
        </p>
      </header>

      {network.cooperations.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <NetworkDiagram network={network} />
          <div
            className="overflow-x-auto"
            tabIndex={0}
            role="region"
            aria-label={t('tableCaption')}
          >
            <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
              <caption className="mb-2 text-left text-lg font-semibold text-slate-800">
                {t('tableCaption')}
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    {t('cooperation')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('kind')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('date')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('mechanisms')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('sources')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {network.cooperations.map((cooperation) => (
                  <tr key={cooperation.slug} className="border-b border-slate-200 align-top">
                    <th
                      scope="row"
                      lang={cooperation.shownLocale}
                      className="py-2 pr-3 font-semibold"
                    >
                      {cooperation.title}
                    </th>
                    <td className="py-2 pr-3">
                      {tKind('cooperationKind', { kind: cooperation.kind })}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {cooperation.startedOn ? (
                        <FormattedDate date={cooperation.startedOn} />
                      ) : cooperation.startedYear ? (
                        <time dateTime={String(cooperation.startedYear)}>
                          {cooperation.startedYear}
                        </time>
                      ) : (
                        t('dateUnknown')
                      )}
                    </td>
                    <td className="py-2 pr-3">
                      <ul className="space-y-1">
                        {cooperation.mechanisms.map((slug) => {
                          const mechanism = bySlug.get(slug)!;
                          return (
                            <li key={slug}>
                              <MechanismName mechanism={mechanism} link translation="none" /> (
                              {mechanism.country.name})
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                    <td className="py-2">
                      {cooperation.sources.length === 0 ? (
                        t('noSource')
                      ) : (
                        <ul className="space-y-1">
                          {cooperation.sources.map((source) => (
                            <li key={source}>
                              <SourceItem source={source} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
};
