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

type Label = { locale: AppLocale; label: string };
type FacetRow = {
  kind: 'theme' | 'country' | 'mechanism';
  id: string;
  slug: string;
  originalLocale: AppLocale | null;
  acronym: string | null;
  labels: Label[] | null;
  groupLabels: Label[] | null;
};

/**
 * The choices of the library's filters: themes, countries and mechanisms that lead to published
 * documents, and the years documents were published in. One round trip for the three lists
 * (they render on every library page), implicit m2m tables read directly ("A" is the id of the
 * model whose name sorts first).
 */
export const findDocumentFacets = async ({ locale, selected }: FindDocumentFacetsOptions) => {
  const [rows, years] = await Promise.all([
    prisma.$queryRaw<FacetRow[]>`
      SELECT 'theme' AS kind, t.id, t.slug, NULL AS "originalLocale", NULL AS acronym,
        (SELECT json_agg(json_build_object('locale', l.locale, 'label', l.label))
          FROM "ThemeTranslation" l WHERE l."themeId" = t.id) AS labels,
        NULL::json AS "groupLabels"
      FROM "Theme" t
      WHERE t.slug = ${selected.theme ?? ''} OR EXISTS (
        SELECT 1 FROM "_DocumentToTheme" x JOIN "Document" d ON d.id = x."A"
        WHERE x."B" = t.id AND d.status = 'PUBLISHED')
      UNION ALL
      SELECT 'country', c.id, c.slug, NULL, NULL,
        (SELECT json_agg(json_build_object('locale', l.locale, 'label', l.name))
          FROM "CountryTranslation" l WHERE l."countryId" = c.id),
        NULL::json
      FROM "Country" c
      WHERE c.status = 'PUBLISHED' AND (c.slug = ${selected.country ?? ''}
        OR EXISTS (SELECT 1 FROM "_CountryToDocument" x JOIN "Document" d ON d.id = x."B"
          WHERE x."A" = c.id AND d.status = 'PUBLISHED')
        OR EXISTS (SELECT 1 FROM "Mechanism" m
          JOIN "_DocumentToMechanism" x ON x."B" = m.id JOIN "Document" d ON d.id = x."A"
          WHERE m."countryId" = c.id AND d.status = 'PUBLISHED'))
      UNION ALL
      SELECT 'mechanism', m.id, m.slug, m."originalLocale"::text, m.acronym,
        (SELECT json_agg(json_build_object('locale', l.locale, 'label', l.name))
          FROM "MechanismTranslation" l WHERE l."mechanismId" = m.id AND l.name IS NOT NULL),
        (SELECT json_agg(json_build_object('locale', l.locale, 'label', l.name))
          FROM "CountryTranslation" l WHERE l."countryId" = m."countryId")
      FROM "Mechanism" m
      WHERE m.status = 'PUBLISHED' AND (m.slug = ${selected.mechanism ?? ''} OR EXISTS (
        SELECT 1 FROM "_DocumentToMechanism" x JOIN "Document" d ON d.id = x."A"
        WHERE x."B" = m.id AND d.status = 'PUBLISHED'))`,
    prisma.$queryRaw<{ year: number }[]>`
      SELECT DISTINCT EXTRACT(YEAR FROM "publishedOn")::int AS year
      FROM "Document"
      WHERE status = 'PUBLISHED' AND "publishedOn" IS NOT NULL
      ORDER BY year DESC`,
  ]);

  const collator = new Intl.Collator(locale);
  const byLabel = (a: DocumentFacetOption, b: DocumentFacetOption) =>
    collator.compare(a.group ?? '', b.group ?? '') || collator.compare(a.label, b.label);
  // Theme and country names exist in every language; Spanish is the data's source language.
  const toOption = (row: FacetRow): DocumentFacetOption => {
    // A mechanism is listed by its official name, in its own language, as its pages show it.
    const own =
      row.kind === 'mechanism' && row.labels?.find((l) => l.locale === row.originalLocale);
    const text = own
      ? { ...own, shownLocale: own.locale }
      : pickTranslation(row.labels ?? [], locale, row.originalLocale ?? 'es');
    const name = text?.label ?? row.acronym ?? row.slug;
    const option = {
      id: row.id,
      slug: row.slug,
      label: row.acronym && name !== row.acronym ? `${name} (${row.acronym})` : name,
      labelLocale: text?.shownLocale ?? locale,
    };
    if (row.kind !== 'mechanism') return option;
    return { ...option, group: pickTranslation(row.groupLabels ?? [], locale, 'es')?.label ?? '' };
  };
  const optionsOf = (kind: FacetRow['kind']) =>
    rows
      .filter((row) => row.kind === kind)
      .map(toOption)
      .sort(byLabel);

  return {
    themes: optionsOf('theme'),
    countries: optionsOf('country'),
    mechanisms: optionsOf('mechanism'),
    years: years.map((row) => row.year),
  };
};
