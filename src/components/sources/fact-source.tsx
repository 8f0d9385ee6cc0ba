import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { Citation } from '@/server/sources/to-citation';

import { SourceCitation } from './source-citation';

export type FactSourceProps = {
  /** The fact's citation; nothing is shown without one. */
  citation: Citation | undefined;
  /** What the fact is, for screen readers ("Convention against Torture ratified"). */
  label: string;
};

/**
 * The small "source" marker next to a fact: a <details> that opens, without JavaScript, on the
 * fact's sources (title, publisher, link, date read) and the date the fact was last verified.
 * The same data is in the markup (data-* attributes, schema.org CreativeWork microdata).
 */
export const FactSource = async ({ citation, label }: FactSourceProps) => {
  if (!citation || citation.sources.length === 0) return null;
  const t = await getTranslations('Sources');
  const verified = citation.verifiedOn?.toISOString().slice(0, 10);
  return (
    <details
      className="fact-source ms-2 inline-block align-baseline text-xs open:ms-0 open:mt-1 open:block"
      data-fact={citation.fact}
      data-verified-on={verified ?? ''}
      data-verified-precision={citation.verifiedPrecision}
    >
      {/* At least 24 × 24 px (WCAG 2.5.8), also where it wraps onto a line of its own. */}
      <summary className="inline-flex min-h-6 min-w-6 cursor-pointer items-center rounded px-1 text-brand-700 underline decoration-dotted underline-offset-2 hover:text-brand-900">
        {t('marker')}
        <span className="sr-only">{t('markerFor', { fact: label })}</span>
      </summary>
      <div className="mt-1 max-w-prose space-y-1 rounded border border-slate-300 bg-slate-50 p-2 text-slate-800">
        <ul className="list-disc space-y-1 ps-4">
          {citation.sources.map((source) => (
            <li key={source.id}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ul>
        <p>
          {verified ? (
            t.rich('verified', {
              date: () => (
                <FormattedDate date={citation.verifiedOn!} precision={citation.verifiedPrecision} />
              ),
            })
          ) : (
            <span className="text-slate-700">{t('verifiedUnknown')}</span>
          )}
        </p>
      </div>
    </details>
  );
};
