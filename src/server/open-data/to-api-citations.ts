import 'server-only';

import type { Citations } from '@/server/sources/to-citation';

import { toApiDate } from './api-urls';

/** An entity's fact citations as a list, with the facts in a stable order. */
export const toApiCitations = (citations: Citations) =>
  Object.entries(citations)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fact, citation]) => ({
      fact,
      verifiedOn: toApiDate(citation.verifiedOn),
      verifiedPrecision: citation.verifiedPrecision,
      sources: citation.sources.map((source) => ({
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        lang: source.lang,
        accessedOn: toApiDate(source.accessedOn),
      })),
    }));
