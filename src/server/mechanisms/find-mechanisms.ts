import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import type { TMechanismListQuerySchema } from '@/lib/validation/mechanisms';
import { prisma } from '@/server/db';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { findCitations } from '@/server/sources/find-citations';
import {
  mechanismProfileSelect,
  toMechanismProfile,
} from '@/server/summaries/to-mechanism-profile';

export type FindMechanismsOptions = {
  locale: AppLocale;
  filters?: TMechanismListQuerySchema;
};

export type MechanismDirectory = Awaited<ReturnType<typeof findMechanisms>>;
export type MechanismListItem = MechanismDirectory['mechanisms'][number];

/** Lower case without diacritics, so "defensoria" finds "Defensoría" and "DEFENSORÍA". */
export const normalizeForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Published mechanisms matching the directory's filters, with the countries to filter by.
 *
 * The text search runs in memory over names in every language, acronyms, jurisdictions and
 * country names: the directory holds a few hundred rows at most, and PostgreSQL's `unaccent`
 * is not enabled. The portal-wide search engine is separate.
 */
export const findMechanisms = async ({ locale, filters = {} }: FindMechanismsOptions) => {
  const countryRows = await prisma.country.findMany({
    where: { status: 'PUBLISHED', mechanisms: { some: { status: 'PUBLISHED' } } },
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  const collator = new Intl.Collator(locale);
  const countries = countryRows
    .map((row) => ({
      ...row,
      name: pickTranslation(row.translations, locale, 'es')?.name ?? row.slug,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // A country slug that matches nothing is dropped like any other invalid filter.
  const country = countries.find((c) => c.slug === filters.country);

  const rows = await prisma.mechanism.findMany({
    where: {
      status: 'PUBLISHED',
      countryId: country ? country.id : { in: countries.map((c) => c.id) },
      level: filters.level,
      model: filters.model,
      operationalStatus: filters.status,
    },
    select: { ...mechanismProfileSelect, countryId: true },
  });

  const terms = normalizeForSearch(filters.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const countryById = new Map(countries.map((c) => [c.id, c]));
  const matches = (row: (typeof rows)[number]) => {
    if (terms.length === 0) return true;
    const texts = [
      ...row.translations.map((t) => t.name),
      row.acronym,
      row.jurisdiction,
      ...(countryById.get(row.countryId)?.translations.map((t) => t.name) ?? []),
    ];
    const haystack = normalizeForSearch(texts.filter(Boolean).join(' '));
    return terms.every((term) => haystack.includes(term));
  };

  const matching = rows.filter(matches);
  const citations = await findCitations({
    entityType: 'mechanism',
    entityIds: matching.map((row) => row.id),
  });
  const mechanisms = matching.map(({ countryId, ...row }) => {
    const { slug, name } = countryById.get(countryId)!;
    const profile = toMechanismProfile(row, locale);
    return {
      ...profile,
      citations: citations.get(row.id) ?? {},
      /** The name is shown in another language than the visitor's. */
      nameIsFallback: profile.name !== null && profile.nameLocale !== locale,
      country: { slug, name },
    };
  });
  // By country, the national mechanism first, then local ones by jurisdiction.
  mechanisms.sort(
    (a, b) =>
      collator.compare(a.country.name, b.country.name) ||
      (a.level === b.level ? 0 : a.level === 'NATIONAL' ? -1 : 1) ||
      collator.compare(a.jurisdiction ?? a.name ?? '', b.jurisdiction ?? b.name ?? ''),
  );

  return {
    mechanisms,
    countries: countries.map(({ slug, name }) => ({ slug, name })),
    /** The filters actually applied, for the form and the result count. */
    filters: { ...filters, country: country?.slug },
  };
};
