import { RECOMMENDATION_RECORDS, type RecommendationRecord } from './data-files';
import type { EntityState } from './entity-state';
import type { RecommendationCreate } from './recommendation-adapter';

/** The Source row that records the copy a recommendation was quoted from. */
export const recommendationSourceKey = (record: RecommendationRecord) =>
  `recommendation:${record.slug}`;

/**
 * The recommendations of prisma/data/recommendations, published, each with a Source row for the
 * copy its text was read in. Sources first: the data update processes rows in this order.
 */
export const recommendationStates = (): {
  sources: EntityState[];
  recommendations: EntityState[];
} => ({
  sources: RECOMMENDATION_RECORDS.map((record) => ({
    type: 'source',
    key: recommendationSourceKey(record),
    fields: {
      title: record.sourceTitle,
      publisher:
        record.body === 'SPT'
          ? 'Subcommittee on Prevention of Torture'
          : 'Committee against Torture',
      url: record.sourceUrl,
      lang: record.textLocale,
      accessedOn: null,
    },
  })),
  recommendations: RECOMMENDATION_RECORDS.map((record) => {
    const create: RecommendationCreate = {
      body: record.body,
      // The language the body wrote it in: the text read may be the UN's translation of it.
      originalLocale: record.documentLanguage ?? record.textLocale,
      countries: [record.country],
      mechanisms: record.mechanisms,
      themes: record.themes,
    };
    return {
      type: 'recommendation',
      key: record.slug,
      fields: {
        symbol: record.symbol,
        paragraph: record.paragraph,
        issuedOn: record.issuedOn,
        sourceUrl: record.sourceUrl,
        [`text.${record.textLocale}`]: record.text,
      },
      create,
    };
  }),
});
