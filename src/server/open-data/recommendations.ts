import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiRecommendationListQuerySchema } from '@/lib/validation/open-data';
import { findRecommendations } from '@/server/recommendations/find-recommendations';
import { getRecommendation } from '@/server/recommendations/get-recommendation';
import type { RecommendationSummary } from '@/server/recommendations/to-recommendation-summary';
import type { MechanismRef } from '@/server/summaries/to-mechanism-ref';

import { apiUrl, pageUrl, siteUrl, toApiDate } from './api-urls';
import { itemBody, listBody, pageOf } from './list-body';
import { toLabelled } from './to-labelled';

const toApiMechanismReference = ({ slug, name, nameLocale }: MechanismRef) => ({
  slug,
  name,
  language: nameLocale,
});

type ApiRecommendationInput = Omit<RecommendationSummary, 'year'>;

export const toApiRecommendation = (item: ApiRecommendationInput, lang: AppLocale) => ({
  id: item.id,
  slug: item.slug,
  body: item.body,
  symbol: item.symbol,
  paragraph: item.paragraph,
  issuedOn: toApiDate(item.issuedOn)!,
  uprCycle: item.uprCycle,
  recommendingState: item.recommendingState,
  position: item.position,
  text: item.text,
  languages: { text: item.textLocale },
  originalLanguage: item.originalLocale,
  themes: item.themes.map(toLabelled),
  countries: item.countries.map(toLabelled),
  mechanisms: item.mechanisms.map(toApiMechanismReference),
  latestStatus: item.latestStatus,
  latestReportedOn: toApiDate(item.latestReportedOn),
  source: { citation: `${item.symbol} § ${item.paragraph}`, url: item.sourceUrl },
  links: {
    self: apiUrl(`/recommendations/${item.slug}`, { lang }),
    html: pageUrl(lang, `/recommendations/${item.slug}`),
  },
});

/** GET /api/v1/recommendations: the published ones with the pages' filters, latest first. */
export const listApiRecommendations = async (
  query: z.output<typeof ZApiRecommendationListQuerySchema>,
) => {
  const { lang, page, perPage, mechanism, ...filters } = query;
  const { items } = await findRecommendations({
    locale: lang,
    query: filters,
    mechanismSlug: mechanism,
  });
  return listBody({
    path: '/recommendations',
    query,
    total: items.length,
    items: pageOf(items, { page, perPage }).map((item) => toApiRecommendation(item, lang)),
  });
};

/** GET /api/v1/recommendations/{slug or id}: one published recommendation and its follow-ups. */
export const getApiRecommendation = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const item = await getRecommendation({ slug, locale: lang, orId: true });
  if (!item) return null;
  const latest = item.followUps[0];
  return itemBody(
    {
      ...toApiRecommendation(
        {
          ...item,
          text: item.text?.text ?? '',
          textLocale: item.text?.shownLocale ?? item.originalLocale,
          latestStatus: latest?.implementation ?? null,
          latestReportedOn: latest?.reportedOn ?? null,
        },
        lang,
      ),
      originalText: item.original?.text ?? null,
      followUps: item.followUps.map((followUp) => ({
        id: followUp.id,
        reportedOn: toApiDate(followUp.reportedOn)!,
        status: followUp.implementation,
        mechanism: toApiMechanismReference(followUp.mechanism),
        text: followUp.text?.text ?? null,
        languages: { text: followUp.text?.shownLocale ?? followUp.originalLocale },
        originalLanguage: followUp.originalLocale,
        evidenceUrl: followUp.evidenceUrl,
        evidenceFile: followUp.evidenceFile && {
          filename: followUp.evidenceFile.filename,
          url: siteUrl(`/api/files/${followUp.evidenceFile.id}`),
        },
      })),
    },
    lang,
  );
};
