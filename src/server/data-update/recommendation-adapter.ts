import type { Locale, Prisma, RecommendationBody } from '@/generated/prisma/client';

import type { Db, EntityAdapter } from './entity-adapter';
import { joinTranslated, splitTranslated } from './entity-adapter';
import { asText, fromIsoDay, toIsoDay } from './field-values';

/** What a new recommendation gets besides its managed fields (relations editors own after). */
export type RecommendationCreate = {
  body: RecommendationBody;
  originalLocale: Locale;
  countries: string[];
  mechanisms: string[];
  themes: string[];
};

/** Connects only rows that exist: a relation to a deleted country, mechanism or theme is dropped. */
const connect = async (db: Db, create: RecommendationCreate) => {
  const select = { id: true } as const;
  const [countries, mechanisms, themes] = await Promise.all([
    db.country.findMany({ where: { iso2: { in: create.countries } }, select }),
    db.mechanism.findMany({ where: { slug: { in: create.mechanisms } }, select }),
    db.theme.findMany({ where: { slug: { in: create.themes } }, select }),
  ]);
  return {
    countries: { connect: countries },
    mechanisms: { connect: mechanisms },
    themes: { connect: themes },
  };
};

const toColumns = (columns: Record<string, unknown>) => {
  const data: Prisma.RecommendationUncheckedUpdateInput = {};
  if ('symbol' in columns) data.symbol = asText(columns.symbol as never) ?? undefined;
  if ('paragraph' in columns) data.paragraph = asText(columns.paragraph as never) ?? undefined;
  if ('issuedOn' in columns) data.issuedOn = fromIsoDay(columns.issuedOn as never) ?? undefined;
  if ('sourceUrl' in columns) data.sourceUrl = asText(columns.sourceUrl as never) ?? undefined;
  return data;
};

/**
 * Recommendations quoted in prisma/data/recommendations: the data keeps the citation (symbol,
 * paragraph, date, source link) and the quoted text (`text.en`…); the body, relations, State
 * position and follow-up are editors' once created.
 */
export const recommendationAdapter: EntityAdapter = {
  auditType: 'recommendation',
  findIdByKey: async (db, slug) =>
    (await db.recommendation.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null,
  read: async (db, id) => {
    const row = await db.recommendation.findUnique({
      where: { id },
      select: {
        symbol: true,
        paragraph: true,
        issuedOn: true,
        sourceUrl: true,
        translations: { select: { locale: true, text: true } },
      },
    });
    if (!row) return null;
    return {
      symbol: row.symbol,
      paragraph: row.paragraph,
      issuedOn: toIsoDay(row.issuedOn),
      sourceUrl: row.sourceUrl,
      ...joinTranslated(row.translations, ['text']),
    };
  },
  create: async (db, state) => {
    const create = state.create as RecommendationCreate | undefined;
    if (!create) return null;
    const { columns, translations } = splitTranslated(state.fields);
    const row = await db.recommendation.create({
      data: {
        ...(toColumns(columns) as Prisma.RecommendationUncheckedCreateInput),
        slug: state.key,
        body: create.body,
        originalLocale: create.originalLocale,
        status: 'PUBLISHED',
        translations: {
          create: Object.entries(translations).map(([locale, { text }]) => ({
            locale: locale as Locale,
            text: asText(text) ?? '',
          })),
        },
        ...(await connect(db, create)),
      },
      select: { id: true },
    });
    return row.id;
  },
  write: async (db, id, values) => {
    const { columns, translations } = splitTranslated(values);
    for (const [locale, { text }] of Object.entries(translations)) {
      const where = { recommendationId_locale: { recommendationId: id, locale: locale as Locale } };
      const value = asText(text);
      if (value === null)
        await db.recommendationTranslation.deleteMany({ where: where.recommendationId_locale });
      else
        await db.recommendationTranslation.upsert({
          where,
          create: { recommendationId: id, locale: locale as Locale, text: value },
          update: { text: value },
        });
    }
    await db.recommendation.update({
      where: { id },
      data: { ...toColumns(columns), version: { increment: 1 } },
    });
  },
};
