import 'server-only';

import type { Prisma } from '@/generated/prisma/client';
import {
  ZCreateRecommendationSchema,
  ZUpdateRecommendationSchema,
} from '@/lib/validation/recommendations';
import {
  type ContentForEdit,
  defineContentType,
  EDITORIAL_PERMISSIONS,
} from '@/server/content/content-type';
import { toTranslationRows } from '@/server/content/translation-rows';
import { AppError } from '@/server/errors';

export const recommendationEditSelect = {
  id: true,
  slug: true,
  body: true,
  symbol: true,
  paragraph: true,
  issuedOn: true,
  uprCycle: true,
  recommendingState: true,
  originalLocale: true,
  position: true,
  sourceUrl: true,
  status: true,
  version: true,
  updatedAt: true,
  translations: { select: { locale: true, text: true } },
  countries: { select: { id: true } },
  mechanisms: { select: { id: true } },
  themes: { select: { id: true } },
} satisfies Prisma.RecommendationSelect;

const listSelect = { symbol: true, paragraph: true } satisfies Prisma.RecommendationSelect;

/** Slugs read like the citation: "cat-c-arg-co-7-12". */
export const recommendationSlugSource = (symbol: string, paragraph: string) =>
  `${symbol} ${paragraph}`;

/** Recommendations: drafts until an editor publishes them; one per document symbol and paragraph. */
export const recommendationType = defineContentType({
  model: 'recommendation',
  list: '/admin/recommendations',
  permissions: EDITORIAL_PERMISSIONS,
  afterSave: 'item',
  versioned: true,
  schemas: { create: ZCreateRecommendationSchema, update: ZUpdateRecommendationSchema },
  labelField: 'text',
  editSelect: recommendationEditSelect,
  adminList: {
    orderBy: { issuedOn: 'desc' },
    select: listSelect,
    toColumns: (row: Prisma.RecommendationGetPayload<{ select: typeof listSelect }>) => ({
      citation: `${row.symbol} § ${row.paragraph}`,
    }),
  },
  toWriteData: (data) => ({
    scalars: {
      body: data.body,
      symbol: data.symbol,
      paragraph: data.paragraph,
      issuedOn: data.issuedOn,
      uprCycle: data.uprCycle,
      recommendingState: data.recommendingState,
      originalLocale: data.originalLocale,
      position: data.position,
      sourceUrl: data.sourceUrl,
    },
    translations: toTranslationRows(data.translations, 'text'),
    relations: {
      countries: data.countryIds,
      mechanisms: data.mechanismIds,
      themes: data.themeIds,
    },
  }),
  slugSource: (data) => recommendationSlugSource(data.symbol, data.paragraph),
  assertWritable: async (db, data, id) => {
    const existing = await db.recommendation.findUnique({
      where: { symbol_paragraph: { symbol: data.symbol, paragraph: data.paragraph } },
      select: { id: true },
    });
    if (existing && existing.id !== id) throw new AppError('CONFLICT', 'duplicateParagraph');
  },
});

export type RecommendationForEdit = ContentForEdit<typeof recommendationType>;
