import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { documentSummarySelect, toDocumentSummary } from '@/server/summaries/to-document-summary';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

export type GetNewsItemOptions = {
  slug: string;
  locale: AppLocale;
  /** Back-office preview: find the item even as a draft (related content stays published-only). */
  includeDrafts?: boolean;
};

export type NewsDetail = NonNullable<Awaited<ReturnType<typeof getNewsItem>>>;

const published = { status: 'PUBLISHED' } as const;
const named = { select: { locale: true, name: true } } as const;

/** A published news item with its image and related content, or null. */
export const getNewsItem = async ({ slug, locale, includeDrafts = false }: GetNewsItemOptions) => {
  const row = await prisma.news.findFirst({
    where: { slug, ...(includeDrafts ? {} : published) },
    select: {
      slug: true,
      originalLocale: true,
      publishedOn: true,
      updatedAt: true,
      imageId: true,
      translations: {
        select: { locale: true, title: true, summary: true, body: true, imageAlt: true },
      },
      countries: { where: published, select: { slug: true, translations: named } },
      mechanisms: { where: published, select: mechanismRefSelect },
      themes: { select: { slug: true, translations: { select: { locale: true, label: true } } } },
      documents: {
        where: published,
        select: documentSummarySelect,
        orderBy: { publishedOn: { sort: 'desc', nulls: 'last' } },
      },
      events: { where: published, select: eventSummarySelect, orderBy: { startsOn: 'desc' } },
    },
  });
  if (!row) return null;

  // Title, summary, body and alt text come from one language, so the page reads as one text.
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);
  const label = <T extends { locale: AppLocale }>(
    translations: T[],
    key: keyof T,
    fallback: string,
  ) => {
    const picked = pickTranslation(translations, locale, 'es');
    return {
      label: String(picked?.[key] ?? fallback),
      labelLocale: picked?.shownLocale ?? locale,
    };
  };

  return {
    slug: row.slug,
    originalLocale: row.originalLocale,
    publishedOn: row.publishedOn,
    updatedAt: row.updatedAt,
    title: text?.title ?? row.slug,
    summary: text?.summary ?? null,
    body: text?.body ?? null,
    shownLocale: text?.shownLocale ?? row.originalLocale,
    isFallback: text?.isFallback ?? false,
    image: row.imageId ? { id: row.imageId, alt: text?.imageAlt ?? '' } : null,
    countries: row.countries
      .map((country) => ({
        slug: country.slug,
        ...label(country.translations, 'name', country.slug),
      }))
      .sort(byLabel),
    mechanisms: row.mechanisms
      .map((mechanism) => toMechanismRef(mechanism, locale))
      .sort((a, b) => collator.compare(a.name ?? a.slug, b.name ?? b.slug)),
    themes: row.themes
      .map((theme) => ({ slug: theme.slug, ...label(theme.translations, 'label', theme.slug) }))
      .sort(byLabel),
    documents: row.documents.map((document) => toDocumentSummary(document, locale)),
    events: row.events.map((event) => toEventSummary(event, locale)),
  };
};
