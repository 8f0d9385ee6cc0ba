import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/server/db';
import { pickLabel } from '@/server/i18n/pick-label';
import { pickTranslation } from '@/server/i18n/pick-translation';
import { mechanismRefSelect, toMechanismRef } from '@/server/summaries/to-mechanism-ref';

import { publicFollowUpWhere } from './to-recommendation-summary';

export type GetRecommendationOptions = {
  slug: string;
  locale: AppLocale;
  /** The API also finds it by its id (`slug` may be either). */
  orId?: boolean;
};

const published = { status: 'PUBLISHED' } as const;
const named = { select: { locale: true, name: true } } as const;

/** A published recommendation with every language of its text and its published follow-ups. */
export const getRecommendation = async ({
  slug,
  locale,
  orId = false,
}: GetRecommendationOptions) => {
  const row = await prisma.recommendation.findFirst({
    where: { ...(orId ? { OR: [{ slug }, { id: slug }] } : { slug }), ...published },
    select: {
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
      updatedAt: true,
      translations: { select: { locale: true, text: true } },
      countries: { where: published, select: { slug: true, translations: named } },
      mechanisms: { where: published, select: mechanismRefSelect },
      themes: { select: { slug: true, translations: { select: { locale: true, label: true } } } },
      followUps: {
        where: publicFollowUpWhere,
        orderBy: [{ reportedOn: 'desc' }, { createdAt: 'desc' }],
        select: {
          id: true,
          reportedOn: true,
          implementation: true,
          originalLocale: true,
          evidenceUrl: true,
          evidenceFile: { select: { id: true, filename: true } },
          translations: { select: { locale: true, text: true } },
          mechanism: { select: mechanismRefSelect },
        },
      },
    },
  });
  if (!row) return null;
  const original = row.translations.find((t) => t.locale === row.originalLocale) ?? null;
  const text = pickTranslation(row.translations, locale, row.originalLocale);
  return {
    ...row,
    original,
    text,
    countries: row.countries.map((country) => pickLabel(country, 'name', locale)),
    mechanisms: row.mechanisms.map((mechanism) => toMechanismRef(mechanism, locale)),
    themes: row.themes.map((theme) => pickLabel(theme, 'label', locale)),
    followUps: row.followUps.map((followUp) => ({
      ...followUp,
      text: pickTranslation(followUp.translations, locale, followUp.originalLocale),
      mechanism: toMechanismRef(followUp.mechanism, locale),
    })),
  };
};

export type RecommendationDetail = NonNullable<Awaited<ReturnType<typeof getRecommendation>>>;
