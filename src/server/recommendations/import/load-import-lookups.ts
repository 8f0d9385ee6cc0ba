import 'server-only';

import { prisma } from '@/server/db';

/**
 * Countries by ISO3 code, slug or name in any language (lower-case; the Index names them in
 * English), themes and mechanisms by slug: every row is checked here.
 */
export const loadImportLookups = async () => {
  const [countries, themes, mechanisms] = await Promise.all([
    prisma.country.findMany({
      select: { id: true, slug: true, iso3: true, translations: { select: { name: true } } },
    }),
    prisma.theme.findMany({ select: { id: true, slug: true } }),
    prisma.mechanism.findMany({ select: { id: true, slug: true } }),
  ]);
  const bySlug = (rows: { id: string; slug: string }[]) =>
    new Map(rows.map((row) => [row.slug, row.id]));
  return {
    countries: new Map([
      ...countries.map((row) => [row.slug, row.id] as const),
      ...countries.map((row) => [row.iso3.toUpperCase(), row.id] as const),
      ...countries.flatMap((row) =>
        row.translations.map(({ name }) => [name.toLowerCase(), row.id] as const),
      ),
    ]),
    themes: bySlug(themes),
    mechanisms: bySlug(mechanisms),
  };
};

export type ImportLookups = Awaited<ReturnType<typeof loadImportLookups>>;
