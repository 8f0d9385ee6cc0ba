import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import type { CitedSource } from '@/server/sources/to-citation';

export type SourceCitationProps = { source: CitedSource };

/** One source as a reference: title (a link when it is online), publisher, date read. */
export const SourceCitation = async ({ source }: SourceCitationProps) => {
  const t = await getTranslations('Sources');
  return (
    <span
      itemScope
      itemType="https://schema.org/CreativeWork"
      data-source-key={source.key ?? undefined}
      className="break-words"
    >
      <cite lang={source.lang ?? undefined} itemProp="name" className="not-italic">
        {source.url ? (
          <a
            href={source.url}
            rel="noopener noreferrer"
            itemProp="url"
            className="text-brand-700 underline"
          >
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {source.publisher && (
        <>
          {' — '}
          <span itemProp="publisher">{source.publisher}</span>
        </>
      )}
      {source.accessedOn && (
        <>
          {' · '}
          {t.rich('accessed', {
            date: () => <FormattedDate date={source.accessedOn!} />,
          })}
        </>
      )}
    </span>
  );
};
