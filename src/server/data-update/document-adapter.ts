import type { DatePrecision, DocumentType, Locale, Prisma } from '@/generated/prisma/client';

import type { Db, EntityAdapter } from './entity-adapter';
import { asText, fromIsoDay, toIsoDay } from './field-values';

/** What a new document gets besides its managed fields (texts and links editors own after). */
export type DocumentCreate = {
  type: DocumentType;
  originalLocale: Locale;
  texts: Partial<Record<Locale, { title: string; summary: string | null }>>;
  countries: string[];
  mechanisms: string[];
  themes: string[];
  sources: string[];
};

/** Connects only rows that exist: a relation to a deleted country or mechanism is dropped. */
const existing = async (db: Db, model: 'country' | 'mechanism' | 'theme', slugs: string[]) => {
  if (slugs.length === 0) return [];
  const where = { slug: { in: slugs } };
  const select = { id: true } as const;
  const rows =
    model === 'country'
      ? await db.country.findMany({ where, select })
      : model === 'mechanism'
        ? await db.mechanism.findMany({ where, select })
        : await db.theme.findMany({ where, select });
  return rows.map(({ id }) => ({ id }));
};

const toColumns = (values: Record<string, unknown>) => {
  const data: Prisma.DocumentUncheckedUpdateInput = {};
  if ('externalUrl' in values) data.externalUrl = asText(values.externalUrl as never);
  if ('publishedOn' in values) data.publishedOn = fromIsoDay(values.publishedOn as never);
  if ('datePrecision' in values) {
    data.datePrecision = (asText(values.datePrecision as never) ?? 'DAY') as DatePrecision;
  }
  return data;
};

export const documentAdapter: EntityAdapter = {
  auditType: 'document',
  findIdByKey: async (db, slug) =>
    (await db.document.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
  read: async (db, id) => {
    const row = await db.document.findUnique({
      where: { id },
      select: { externalUrl: true, publishedOn: true, datePrecision: true },
    });
    if (!row) return null;
    return {
      externalUrl: row.externalUrl,
      publishedOn: toIsoDay(row.publishedOn),
      datePrecision: row.datePrecision,
    };
  },
  create: async (db, state) => {
    const create = state.create as DocumentCreate | undefined;
    if (!create) return null;
    const row = await db.document.create({
      data: {
        ...(toColumns(state.fields) as Prisma.DocumentUncheckedCreateInput),
        slug: state.key,
        type: create.type,
        originalLocale: create.originalLocale,
        sources: create.sources,
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(create.texts).map(([locale, text]) => ({
            locale: locale as Locale,
            title: text.title,
            summary: text.summary,
          })),
        },
        countries: { connect: await existing(db, 'country', create.countries) },
        mechanisms: { connect: await existing(db, 'mechanism', create.mechanisms) },
        themes: { connect: await existing(db, 'theme', create.themes) },
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    await db.document.update({
      where: { id },
      data: { ...toColumns(values), version: { increment: 1 } },
    });
  },
};
