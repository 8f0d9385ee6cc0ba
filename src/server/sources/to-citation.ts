import 'server-only';

import type { Prisma } from '@/generated/prisma/client';

export const citationSelect = {
  entityId: true,
  fact: true,
  verifiedOn: true,
  verifiedPrecision: true,
  sources: {
    select: {
      id: true,
      key: true,
      title: true,
      publisher: true,
      url: true,
      lang: true,
      accessedOn: true,
    },
    orderBy: { title: 'asc' },
  },
} satisfies Prisma.FactCitationSelect;

type CitationRow = Prisma.FactCitationGetPayload<{ select: typeof citationSelect }>;

export type CitedSource = CitationRow['sources'][number];

/** A fact's sources and the date it was last verified, as a marker shows them. */
export type Citation = ReturnType<typeof toCitation>;

export const toCitation = ({ entityId: _entityId, ...row }: CitationRow) => ({
  ...row,
  // Only http(s) links are links; anything else is shown as text.
  sources: row.sources.map((source) => ({
    ...source,
    url: source.url && /^https?:\/\//i.test(source.url) ? source.url : null,
  })),
});

/** Fact name → citation, for one entity. */
export type Citations = Record<string, Citation>;
