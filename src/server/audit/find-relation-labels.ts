import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickOfficialName } from '@/server/i18n/pick-official-name';
import { pickTranslation } from '@/server/i18n/pick-translation';

import type { AuditFieldChange } from './diff-audit-values';

/** Snapshot fields that hold ids of other rows, and which table those rows are in. */
const RELATION_FIELDS = {
  themes: 'theme',
  countries: 'country',
  countryId: 'country',
  mechanisms: 'mechanism',
  mechanismId: 'mechanism',
  parentId: 'mechanism',
  documents: 'document',
  events: 'event',
} as const;

type RelationTable = (typeof RELATION_FIELDS)[keyof typeof RELATION_FIELDS];

/** A related row's name and the language it is in (a mechanism's official name keeps its own). */
export type RelationLabel = { name: string; lang: AppLocale };

export const isRelationField = (key: string): key is keyof typeof RELATION_FIELDS =>
  Object.hasOwn(RELATION_FIELDS, key);

const withTranslation = <T extends { locale: AppLocale }>(
  rows: { id: string; translations: T[]; originalLocale?: AppLocale }[],
  locale: AppLocale,
  key: keyof T,
) =>
  rows.flatMap((row) => {
    const picked = pickTranslation(
      row.translations.filter((t) => t[key]),
      locale,
      row.originalLocale ?? 'es',
    );
    return picked
      ? [[row.id, { name: String(picked[key]), lang: picked.shownLocale }] as const]
      : [];
  });

const loaders: Record<
  RelationTable,
  (ids: string[], locale: AppLocale) => Promise<(readonly [string, RelationLabel])[]>
> = {
  theme: async (ids, locale) =>
    withTranslation(
      await prisma.theme.findMany({
        where: { id: { in: ids } },
        select: { id: true, translations: true },
      }),
      locale,
      'label',
    ),
  country: async (ids, locale) =>
    withTranslation(
      await prisma.country.findMany({
        where: { id: { in: ids } },
        select: { id: true, translations: { select: { locale: true, name: true } } },
      }),
      locale,
      'name',
    ),
  mechanism: async (ids, locale) =>
    (
      await prisma.mechanism.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          acronym: true,
          slug: true,
          originalLocale: true,
          translations: { select: { locale: true, name: true } },
        },
      })
    ).map((row) => {
      const official = pickOfficialName(row.translations, row.originalLocale, locale);
      return [
        row.id,
        { name: official?.name ?? row.acronym ?? row.slug, lang: official?.locale ?? locale },
      ] as const;
    }),
  document: async (ids, locale) =>
    withTranslation(
      await prisma.document.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          originalLocale: true,
          translations: { select: { locale: true, title: true } },
        },
      }),
      locale,
      'title',
    ),
  event: async (ids, locale) =>
    withTranslation(
      await prisma.event.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          originalLocale: true,
          translations: { select: { locale: true, title: true } },
        },
      }),
      locale,
      'title',
    ),
};

export type FindRelationLabelsOptions = { changes: AuditFieldChange[]; locale: AppLocale };

/**
 * Names, by id, of the rows the changes' relation fields point to (themes, countries,
 * mechanisms…), in the editor's language; ids of rows deleted since are missing from the result.
 */
export const findRelationLabels = async ({ changes, locale }: FindRelationLabelsOptions) => {
  const ids = new Map<RelationTable, Set<string>>();
  for (const change of changes) {
    if (!isRelationField(change.key)) continue;
    const table = RELATION_FIELDS[change.key];
    const set = ids.get(table) ?? new Set<string>();
    for (const cell of [change.before, change.after]) {
      for (const id of Array.isArray(cell) ? cell : [cell]) {
        if (typeof id === 'string') set.add(id);
      }
    }
    ids.set(table, set);
  }
  const found = await Promise.all([...ids].map(([table, set]) => loaders[table]([...set], locale)));
  return Object.fromEntries(found.flat()) as Record<string, RelationLabel>;
};
