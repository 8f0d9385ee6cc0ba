import type { Locale, Prisma } from '@/generated/prisma/client';

import type { EntityAdapter } from './entity-adapter';
import { joinTranslated, splitTranslated } from './entity-adapter';
import { asText, asTextList, type FieldValues, fromIsoDay, toIsoDay } from './field-values';

const DATE_COLUMNS = ['catRatifiedOn', 'opcatSignedOn', 'opcatRatifiedOn', 'npmPostponedTo'];

const toColumns = (values: FieldValues) => {
  const data: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (DATE_COLUMNS.includes(column)) data[column] = fromIsoDay(value);
    else if (column === 'sources') data[column] = asTextList(value);
    else data[column] = value;
  }
  return data;
};

export const countryAdapter: EntityAdapter = {
  auditType: 'country',
  findIdByKey: async (db, iso2) =>
    (await db.country.findUnique({ where: { iso2 }, select: { id: true } }))?.id ?? null,
  read: async (db, id) => {
    const row = await db.country.findUnique({
      where: { id },
      include: { translations: { select: { locale: true, name: true } } },
    });
    if (!row) return null;
    return {
      subregion: row.subregion,
      federal: row.federal,
      catStatus: row.catStatus,
      catRatifiedOn: toIsoDay(row.catRatifiedOn),
      catBy: row.catBy,
      opcatStatus: row.opcatStatus,
      opcatSignedOn: toIsoDay(row.opcatSignedOn),
      opcatRatifiedOn: toIsoDay(row.opcatRatifiedOn),
      opcatBy: row.opcatBy,
      npmPostponedTo: toIsoDay(row.npmPostponedTo),
      sources: row.sources,
      staffNotes: row.staffNotes,
      ...joinTranslated(row.translations, ['name']),
    };
  },
  create: async (db, state) => {
    const { columns, translations } = splitTranslated(state.fields);
    const create = state.create as { iso3: string; slug: string };
    const row = await db.country.create({
      data: {
        ...(toColumns(columns) as Omit<Prisma.CountryCreateInput, 'iso2' | 'iso3' | 'slug'>),
        iso2: state.key,
        iso3: create.iso3,
        slug: create.slug,
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(translations).map(([locale, texts]) => ({
            locale: locale as Locale,
            name: asText(texts.name) ?? '',
          })),
        },
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    const { columns, translations } = splitTranslated(values);
    await db.country.update({
      where: { id },
      data: { ...(toColumns(columns) as Prisma.CountryUpdateInput), version: { increment: 1 } },
    });
    for (const [locale, texts] of Object.entries(translations)) {
      const name = asText(texts.name);
      // A country's name cannot be empty: the data never removes one.
      if (name === null) continue;
      await db.countryTranslation.upsert({
        where: { countryId_locale: { countryId: id, locale: locale as Locale } },
        create: { countryId: id, locale: locale as Locale, name },
        update: { name },
      });
    }
  },
};
