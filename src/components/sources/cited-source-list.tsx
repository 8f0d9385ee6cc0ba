import { getTranslations } from 'next-intl/server';

import type { Citation, Citations } from '@/server/sources/to-citation';

import { SourceCitation } from './source-citation';

export type CitedSourceListProps = {
  /** The citations of everything the page shows (its entity, its mechanisms…). */
  citations: (Citations | undefined)[];
};

/** Every source the page's facts cite, once each, by title: the page's bibliography. */
export const CitedSourceList = async ({ citations }: CitedSourceListProps) => {
  const t = await getTranslations('Sources');
  const all = citations.flatMap((byFact) => Object.values<Citation>(byFact ?? {}));
  const unique = new Map(all.flatMap((c) => c.sources).map((source) => [source.id, source]));
  const sources = [...unique.values()].sort((a, b) => a.title.localeCompare(b.title));
  if (sources.length === 0) return <p className="text-sm text-slate-700">{t('none')}</p>;
  return (
    <>
      <p className="text-sm text-slate-700">{t('listIntro')}</p>
      <ul className="list-disc space-y-1 ps-6 text-sm">
        {sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ul>
    </>
  );
};
