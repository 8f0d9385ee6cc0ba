import 'server-only';

import { type AppLocale, routing } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { eventSummarySelect, toEventSummary } from '@/server/summaries/to-event-summary';

import { toTextExcerpt } from './to-text-excerpt';

export type GetDocumentOptions = {
  slug: string;
  locale: AppLocale;
  /** Back-office preview: find the document even as a draft (related content stays published-only). */
  includeDrafts?: boolean;
};

export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>;

const PUBLISHED = { status: 'PUBLISHED' } as const;
const EXCERPT_LENGTH = 1500;

/** Reads only the start of a file's text: a long report's full text never leaves the database. */
const findExcerpt = async (fileId: string) => {
  const [row] = await prisma.$queryRaw<{ text: string | null }[]>`
    SELECT left("extractedText", ${EXCERPT_LENGTH * 4}) AS text FROM "StoredFile" WHERE id = ${fileId}`;
  return row?.text ? toTextExcerpt(row.text, EXCERPT_LENGTH) : null;
};

/** A published document with everything its page shows, or null. */
export const getDocument = async ({ slug, locale, includeDrafts = false }: GetDocumentOptions) => {
  const row = await prisma.document.findFirst({
    where: { slug, ...(includeDrafts ? {} : PUBLISHED) },
    select: {
      slug: true,
      type: true,
      originalLocale: true,
      publishedOn: true,
      datePrecision: true,
      externalUrl: true,
      sources: true,
      translations: { select: { locale: true, title: true, summary: true } },
      file: { select: { id: true, filename: true, contentType: true, size: true } },
      themes: { select: { slug: true, translations: { select: { locale: true, label: true } } } },
      countries: {
        where: PUBLISHED,
        select: { slug: true, translations: { select: { locale: true, name: true } } },
      },
      mechanisms: {
        where: PUBLISHED,
        select: {
          slug: true,
          acronym: true,
          originalLocale: true,
          translations: { select: { locale: true, name: true } },
        },
      },
      events: { where: PUBLISHED, select: eventSummarySelect, orderBy: { startsOn: 'desc' } },
      cooperations: {
        where: PUBLISHED,
        select: {
          slug: true,
          originalLocale: true,
          translations: { select: { locale: true, title: true, summary: true } },
        },
      },
    },
  });
  if (!row) return null;

  const excerpt = row.file ? await findExcerpt(row.file.id) : null;
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  const summary = pickTranslation(
    row.translations.filter((t) => t.summary),
    locale,
    row.originalLocale,
  );
  const collator = new Intl.Collator(locale);
  const byLabel = (a: { label: string }, b: { label: string }) =>
    collator.compare(a.label, b.label);

  return {
    slug: row.slug,
    type: row.type,
    originalLocale: row.originalLocale,
    publishedOn: row.publishedOn,
    datePrecision: row.datePrecision,
    externalUrl: row.externalUrl,
    sources: row.sources,
    file: row.file,
    excerpt,
    title: text?.title ?? row.slug,
    titleLocale: text?.shownLocale ?? row.originalLocale,
    summary: summary
      ? { text: summary.summary!, shownLocale: summary.shownLocale, isFallback: summary.isFallback }
      : null,
    /** Languages with a title, the original first. */
    languages: [
      row.originalLocale,
      ...routing.locales.filter(
        (l) => l !== row.originalLocale && row.translations.some((t) => t.locale === l),
      ),
    ],
    themes: row.themes
      .map((theme) => {
        const label = pickTranslation(theme.translations, locale, 'es');
        return {
          slug: theme.slug,
          label: label?.label ?? theme.slug,
          labelLocale: label?.shownLocale ?? locale,
        };
      })
      .sort(byLabel),
    countries: row.countries
      .map((country) => {
        const name = pickTranslation(country.translations, locale, 'es');
        return {
          slug: country.slug,
          label: name?.name ?? country.slug,
          labelLocale: name?.shownLocale ?? locale,
        };
      })
      .sort(byLabel),
    mechanisms: row.mechanisms
      .map((mechanism) => {
        const name = pickTranslation(
          mechanism.translations.filter((t) => t.name),
          locale,
          mechanism.originalLocale,
        );
        return {
          slug: mechanism.slug,
          label: name?.name ?? mechanism.acronym ?? mechanism.slug,
          labelLocale: name?.shownLocale ?? locale,
          acronym: name?.name ? mechanism.acronym : null,
        };
      })
      .sort(byLabel),
    events: row.events.map((event) => toEventSummary(event, locale)),
    cooperations: row.cooperations.map((cooperation) => {
      const text = pickTranslation(cooperation.translations, locale, cooperation.originalLocale);
      return {
        slug: cooperation.slug,
        title: text?.title ?? cooperation.slug,
        summary: text?.summary ?? null,
        shownLocale: text?.shownLocale ?? cooperation.originalLocale,
        isFallback: text?.isFallback ?? false,
      };
    }),
  };
};
