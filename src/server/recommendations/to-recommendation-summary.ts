import type { Prisma } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { pickTranslation } from '@/server/i18n/pick-translation';

const publishedFollowUps = {
  where: { status: 'PUBLISHED' },
  orderBy: [{ reportedOn: 'desc' }, { createdAt: 'desc' }],
  take: 1,
  select: { implementation: true, reportedOn: true },
} as const satisfies Prisma.Recommendation$followUpsArgs;

/** What a list of recommendations needs: citation, text, themes and the latest follow-up. */
export const recommendationSummarySelect = {
  id: true,
  slug: true,
  body: true,
  symbol: true,
  paragraph: true,
  issuedOn: true,
  originalLocale: true,
  position: true,
  translations: { select: { locale: true, text: true } },
  themes: { select: { slug: true, translations: { select: { locale: true, label: true } } } },
  countries: {
    where: { status: 'PUBLISHED' },
    select: { slug: true, translations: { select: { locale: true, name: true } } },
  },
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
    position: row.position,
    text: text?.text ?? '',
    textLocale: text?.shownLocale ?? row.originalLocale,
    themes: row.themes.map((theme) => ({
      slug: theme.slug,
      label: pickTranslation(theme.translations, locale, 'es')?.label ?? theme.slug,
    })),
    countries: row.countries.map((country) => ({
      slug: country.slug,
      label: pickTranslation(country.translations, locale, 'es')?.name ?? country.slug,
    })),
    /** Null: nobody has reported on it yet. */
    latestStatus: latest?.implementation ?? null,
    latestReportedOn: latest?.reportedOn ?? null,
  };
};
