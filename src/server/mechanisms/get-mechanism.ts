import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { findCitations } from '@/server/sources/find-citations';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';
import {
  mechanismProfileSelect,
  toMechanismProfile,
} from '@/server/summaries/to-mechanism-profile';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';
import { newsOrder, newsSummarySelect, toNewsSummary } from '@/server/summaries/to-news-summary';

export type GetMechanismOptions = {
  slug: string;
  locale: AppLocale;
  /** Back-office preview: find the mechanism even as a draft (related content stays published-only). */
  includeDrafts?: boolean;
};

export type MechanismDetail = NonNullable<Awaited<ReturnType<typeof getMechanism>>>;

const published = { status: 'PUBLISHED' } as const;
// The latest related documents and events, as on the country page.
const RELATED_LIMIT = 20;
// The latest news; /news?mechanism= lists them all.
const LATEST_NEWS = 5;

/** A published mechanism with its parent or local mechanisms, cooperations and related content. */
export const getMechanism = async ({
  slug,
  locale,
  includeDrafts = false,
}: GetMechanismOptions) => {
  const row = await prisma.mechanism.findFirst({
    where: { slug, ...(includeDrafts ? {} : { ...published, country: published }) },
    select: {
      ...mechanismProfileSelect,
      country: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
      parent: { select: mechanismRefSelect },
      localChildren: { where: published, select: mechanismRefSelect },
      cooperations: {
        where: published,
        select: {
          slug: true,
          kind: true,
          originalLocale: true,
          startedOn: true,
          startedYear: true,
          translations: { select: { locale: true, title: true, summary: true } },
          mechanisms: { where: { ...published, slug: { not: slug } }, select: mechanismRefSelect },
        },
        orderBy: [{ startedOn: { sort: 'desc', nulls: 'last' } }, { startedYear: 'desc' }],
      },
      documents: {
        where: published,
        select: documentSummarySelect,
        orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
        take: RELATED_LIMIT,
      },
      events: {
        where: published,
        select: eventSummarySelect,
        orderBy: { startsOn: 'desc' },
        take: RELATED_LIMIT,
      },
      news: {
        where: published,
        select: newsSummarySelect,
        orderBy: [...newsOrder],
        take: LATEST_NEWS,
      },
    },
  });
  if (!row) return null;

  const { country, parent, localChildren, cooperations, documents, events, news, ...profile } = row;
  const collator = new Intl.Collator(locale);
  const citations = await findCitations({ entityType: 'mechanism', entityIds: [row.id] });
  return {
    ...toMechanismProfile(profile, locale),
    citations: citations.get(row.id) ?? {},
    country: {
      slug: country.slug,
      name: pickTranslation(country.translations, locale, 'es')?.name ?? country.slug,
    },
    parent: parent?.status === 'PUBLISHED' ? toMechanismRef(parent, locale) : null,
    localMechanisms: localChildren
      .map((child) => toMechanismRef(child, locale))
      .sort((a, b) => collator.compare(a.jurisdiction ?? '', b.jurisdiction ?? '')),
    cooperations: cooperations.map(({ translations, mechanisms, ...cooperation }) => {
      const text = pickTranslation(translations, locale, cooperation.originalLocale);
      return {
        ...cooperation,
        title: text?.title ?? cooperation.slug,
        summary: text?.summary ?? null,
        shownLocale: text?.shownLocale ?? cooperation.originalLocale,
        isFallback: text?.isFallback ?? false,
        partners: mechanisms.map((partner) => toMechanismRef(partner, locale)),
      };
    }),
    documents: documents.map((document) => toDocumentSummary(document, locale)),
    events: events.map((event) => toEventSummary(event, locale)),
    news: news.map((item) => toNewsSummary(item, locale)),
  };
};
