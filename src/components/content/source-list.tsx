export type SourceListProps = { sources: string[] };

/** Where the data comes from: links when a source is a URL, plain text otherwise. */
export const SourceList = ({ sources }: SourceListProps) => (
  <ul className="list-disc space-y-1 pl-6 text-sm break-words">
    {sources.map((source) => (
      <li key={source}>
        {/^https?:\/\//.test(source) ? (
          <a href={source} className="text-brand-700 underline" rel="noopener">
            {source}
          </a>
        ) : (
          source
        )}
      </li>
    ))}
  </ul>
);
