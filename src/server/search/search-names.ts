import 'server-only';

import { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

/** A theme or a published country with its name in each language it has (in language order). */
export type NamedRow = { id: string; slug: string; names: { locale: AppLocale; name: string }[] };
export type CountryNames = NamedRow & { iso2: string; iso3: string };

export type FacetLabel = { id: string; slug: string; label: string; labelLocale: AppLocale };
export type FacetLabels = { themes: FacetLabel[]; countries: FacetLabel[] };

const namesSql = (translations: string, key: string, name: string) =>
  Prisma.sql`coalesce((SELECT json_agg(json_build_object('locale', t.locale, 'name', t.${Prisma.raw(`"${name}"`)})
      ORDER BY t.locale)
    FROM ${Prisma.raw(`"${translations}"`)} t WHERE t.${Prisma.raw(`"${key}"`)} = x.id), '[]')`;

/**
 * Every theme, and every published country with its ISO codes, with their names, each as one
 * JSON array (null when there are none): columns of the search's first statement (see
 * probeSearch), read once for the facet labels and for the countries a query names.
 */
export const themeNamesSql = Prisma.sql`(SELECT json_agg(json_build_object(
      'id', x.id, 'slug', x.slug, 'names', ${namesSql('ThemeTranslation', 'themeId', 'label')}))
    FROM "Theme" x)`;
export const countryNamesSql = Prisma.sql`(SELECT json_agg(json_build_object(
      'id', x.id, 'slug', x.slug, 'iso2', x.iso2, 'iso3', x.iso3,
      'names', ${namesSql('CountryTranslation', 'countryId', 'name')}))
    FROM "Country" x WHERE x.status = 'PUBLISHED')`;

/** The name a facet shows: in the visitor's language, else Spanish, else any, else the slug. */
export const toFacetLabel =
  (locale: AppLocale) =>
  ({ id, slug, names }: NamedRow): FacetLabel => {
    const shown = pickTranslation(names, locale, 'es');
    return { id, slug, label: shown?.name ?? slug, labelLocale: shown?.locale ?? locale };
  };
