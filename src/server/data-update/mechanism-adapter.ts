import type { Locale, Prisma } from '@/generated/prisma/client';

import type { EntityAdapter } from './entity-adapter';
import { joinTranslated, splitTranslated } from './entity-adapter';
import { asText, asTextList, type FieldValues, fromIsoDay, toIsoDay } from './field-values';

const TEXTS = ['name', 'legalBasis'] as const;

const toColumns = (values: FieldValues) => {
  const data: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(values)) {
    if (column === 'designatedOn' || column === 'legalBasisDate') data[column] = fromIsoDay(value);
    else if (column === 'sources') data[column] = asTextList(value);
    else data[column] = value;
  }
  return data;
};

type MechanismCreate = { country: string; level: 'NATIONAL' | 'LOCAL'; parent: string | null };

export const mechanismAdapter: EntityAdapter = {
  auditType: 'mechanism',
  findIdByKey: async (db, slug) =>
    (await db.mechanism.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
  read: async (db, id) => {
    const row = await db.mechanism.findUnique({
      where: { id },
      include: { translations: { select: { locale: true, name: true, legalBasis: true } } },
    });
    if (!row) return null;
    return {
      jurisdiction: row.jurisdiction,
      subdivisionCode: row.subdivisionCode,
      acronym: row.acronym,
      model: row.model,
      operationalStatus: row.operationalStatus,
      originalLocale: row.originalLocale,
      designatedYear: row.designatedYear,
      designatedOn: toIsoDay(row.designatedOn),
      website: row.website,
      email: row.email,
      phone: row.phone,
      address: row.address,
      sources: row.sources,
      staffNotes: row.staffNotes,
      ...joinTranslated(row.translations, TEXTS),
    };
  },
  create: async (db, state, ids) => {
    const { country, level, parent } = state.create as MechanismCreate;
    const countryId = ids.idOf('country', country);
    const parentId = parent ? ids.idOf('mechanism', parent) : null;
    if (!countryId || parentId === undefined) return null;
    const { columns, translations } = splitTranslated(state.fields);
    const row = await db.mechanism.create({
      data: {
        ...(toColumns(columns) as Omit<Prisma.MechanismUncheckedCreateInput, 'slug'>),
        slug: state.key,
        countryId,
        parentId,
        level,
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(translations).map(([locale, texts]) => ({
            locale: locale as Locale,
            name: asText(texts.name),
            legalBasis: asText(texts.legalBasis),
          })),
        },
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    const { columns, translations } = splitTranslated(values);
    await db.mechanism.update({
      where: { id },
      data: {
        ...(toColumns(columns) as Prisma.MechanismUncheckedUpdateInput),
        version: { increment: 1 },
      },
    });
    for (const [locale, texts] of Object.entries(translations)) {
      const data = Object.fromEntries(
        TEXTS.filter((name) => name in texts).map((name) => [name, asText(texts[name])]),
      );
      await db.mechanismTranslation.upsert({
        where: { mechanismId_locale: { mechanismId: id, locale: locale as Locale } },
        create: { mechanismId: id, locale: locale as Locale, ...data },
        update: data,
      });
    }
  },
};
