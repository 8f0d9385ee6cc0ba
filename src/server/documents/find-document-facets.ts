import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TDocumentListQuerySchema } from '@/lib/validation/documents';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';

export type FindDocumentFacetsOptions = {
  locale: AppLocale;
  /** Selected slugs are always listed (when they exist), even without published documents. */
  selected: Pick<TDocumentListQuerySchema, 'theme' | 'country' | 'mechanism'>;
};

export type DocumentFacetOption = {
  id: string;
  slug: string;
  label: string;
  labelLocale: AppLocale;
  /** Mechanisms only: the country, for grouping. */
  group?: string;
};

export type DocumentFacets = Awaited<ReturnType<typeof findDocumentFacets>>;

const PUBLISHED = { status: 'PUBLISHED' } as const;
const withDocuments = { documents: { some: PUBLISHED } };
const orSelected = (slug: string | undefined) => (slug ? [{ slug }] : []);

/** The choices of the library's filters: only values that lead to published documents. */
export const findDocumentFacets = async ({ locale, selected }: FindDocumentFacetsOptions) => {
  const [themes, countries, mechanisms, years] = await Promise.all([
    prisma.theme.findMany({
      where: { OR: [withDocuments, ...orSelected(selected.theme)] },
      select: { id: true, slug: true, translations: { select: { locale: true, label: true } } },
    }),
    prisma.country.findMany({
      where: {
        ...PUBLISHED,
        OR: [
          withDocuments,
          { mechanisms: { some: withDocuments } },
          ...orSelected(selected.country),
        ],
      },
      select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
    }),
    prisma.mechanism.findMany({
      where: { ...PUBLISHED, OR: [withDocuments, ...orSelected(selected.mechanism)] },
      select: {
        id: true,
        slug: true,
        acronym: true,
        originalLocale: true,
        translations: { select: { locale: true, name: true } },
        country: { select: { translations: { select: { locale: true, name: true } } } },
      },
    }),
    prisma.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "publishedOn")::int AS year
      FROM "Document"
      WHERE status = 'PUBLISHED' AND "publishedOn" IS NOT NULL
      ORDER BY year DESC`,
  ]);

  const collator = new Intl.Collator(locale);
  const byLabel = (a: DocumentFacetOption, b: DocumentFacetOption) =>
    collator.compare(a.group ?? '', b.group ?? '') || collator.compare(a.label, b.label);

  return {
    themes: themes
      .map(({ id, slug, translations }) => {
        const text = pickTranslation(translations, locale, 'es');
        return { id, slug, label: text?.label ?? slug, labelLocale: text?.shownLocale ?? locale };
      })
      .sort(byLabel),
    countries: countries
      .map(({ id, slug, translations }) => {
        const text = pickTranslation(translations, locale, 'es');
        return { id, slug, label: text?.name ?? slug, labelLocale: text?.shownLocale ?? locale };
      })
      .sort(byLabel),
    mechanisms: mechanisms
      .map(({ id, slug, acronym, originalLocale, translations, country }) => {
        const text = pickTranslation(
          translations.filter((t) => t.name),
          locale,
          originalLocale,
        );
        const name = text?.name ?? acronym ?? slug;
        return {
          id,
          slug,
          label: acronym && name !== acronym ? `${name} (${acronym})` : name,
          labelLocale: text?.shownLocale ?? locale,
          group: pickTranslation(country.translations, locale, 'es')?.name ?? '',
        };
      })
      .sort(byLabel),
    years: years.map((row) => row.year),
  };
};
