import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickLabel } from '@/server/i18n/pick-label';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

const published = { status: 'PUBLISHED' } as const;

/** Follow-ups the public sees: approved ones, by a mechanism that is itself published. */
export const publicFollowUpWhere = {
  ...published,
  mechanism: published,
} as const satisfies Prisma.RecommendationFollowUpWhereInput;

const publishedFollowUps = {
  where: publicFollowUpWhere,
  orderBy: [{ reportedOn: 'desc' }, { createdAt: 'desc' }],
  take: 1,
  select: { implementation: true, reportedOn: true },
} as const satisfies Prisma.Recommendation$followUpsArgs;

/**
 * What a list of recommendations (a page's or the API's) needs: citation, text, what it concerns,
 * its source and the latest published follow-up.
 */
export const recommendationSummarySelect = {
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
  translations: { select: { locale: true, text: true } },
  themes: { select: { slug: true, translations: { select: { locale: true, label: true } } } },
  countries: {
    where: published,
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  },
  mechanisms: { where: published, select: mechanismRefSelect },
  followUps: publishedFollowUps,
} satisfies Prisma.RecommendationSelect;

type Row = Prisma.RecommendationGetPayload<{ select: typeof recommendationSummarySelect }>;

export type RecommendationSummary = ReturnType<typeof toRecommendationSummary>;

export const toRecommendationSummary = (row: Row, locale: AppLocale) => {
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  const latest = row.followUps[0] ?? null;
  return {
    id: row.id,
    slug: row.slug,
    body: row.body,
    symbol: row.symbol,
    paragraph: row.paragraph,
    issuedOn: row.issuedOn,
    year: row.issuedOn.getUTCFullYear(),
    uprCycle: row.uprCycle,
    recommendingState: row.recommendingState,
    position: row.position,
    originalLocale: row.originalLocale,
    sourceUrl: row.sourceUrl,
    text: text?.text ?? '',
    textLocale: text?.shownLocale ?? row.originalLocale,
    themes: row.themes.map((theme) => pickLabel(theme, 'label', locale)),
    countries: row.countries.map((country) => pickLabel(country, 'name', locale)),
    mechanisms: row.mechanisms.map((mechanism) => toMechanismRef(mechanism, locale)),
    /** Null: nobody has reported on it yet. */
    latestStatus: latest?.implementation ?? null,
    latestReportedOn: latest?.reportedOn ?? null,
  };
};
