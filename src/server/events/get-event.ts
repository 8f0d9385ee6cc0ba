import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type GetEventOptions = {
  slug: string;
  locale: AppLocale;
  /** Back-office preview: find the event even as a draft (related content stays published-only). */
  includeDrafts?: boolean;
};

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

const published = { status: 'PUBLISHED' } as const;

/** A published event with its related mechanisms and documents, or null. */
export const getEvent = async ({ slug, locale, includeDrafts = false }: GetEventOptions) => {
  const row = await prisma.event.findFirst({
    where: { slug, ...(includeDrafts ? {} : published) },
    select: {
      ...eventSummarySelect,
      sources: true,
      mechanisms: { where: published, select: mechanismRefSelect },
      documents: {
        where: published,
        select: documentSummarySelect,
        orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
      },
    },
  });
  if (!row) return null;

  const { mechanisms, documents, sources, ...event } = row;
  const collator = new Intl.Collator(locale);
  return {
    ...toEventSummary(event, locale),
    sources,
    countrySlug: event.country?.slug ?? null,
    mechanisms: mechanisms
      .map((mechanism) => toMechanismRef(mechanism, locale))
      .sort((a, b) => collator.compare(a.name ?? '', b.name ?? '')),
    documents: documents.map((document) => toDocumentSummary(document, locale)),
  };
};
