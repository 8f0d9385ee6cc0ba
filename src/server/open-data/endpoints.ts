import 'server-only';

import { z } from 'zod';

import {
  apiItem,
  apiList,
  ZApiCountryListQuerySchema,
  ZApiCountrySchema,
  ZApiDocumentDetailSchema,
  ZApiDocumentListQuerySchema,
  ZApiDocumentSchema,
  ZApiEventDetailSchema,
  ZApiEventListQuerySchema,
  ZApiEventSchema,
  ZApiLangQuerySchema,
  ZApiMechanismListQuerySchema,
  ZApiMechanismSchema,
  ZApiNewsDetailSchema,
  ZApiNewsListQuerySchema,
  ZApiNewsSchema,
  ZApiPageQuerySchema,
  ZApiRecommendationDetailSchema,
  ZApiRecommendationListQuerySchema,
  ZApiRecommendationSchema,
  ZApiSlugSchema,
  ZApiThemeSchema,
} from '@/lib/validation/open-data';

import { getApiCountry, listApiCountries } from './countries';
import { getApiDocument, listApiDocuments } from './documents';
import { getApiEvent, listApiEvents } from './events';
import type { ChangeTable } from './find-last-change';
import { getApiMechanism, listApiMechanisms } from './mechanisms';
import { getApiNewsItem, listApiNews } from './news';
import { getApiRecommendation, listApiRecommendations } from './recommendations';
import { getApiTheme, listApiThemes } from './themes';

export type EndpointDefinition = {
  /** OpenAPI path under /api/v1. */
  path: string;
  summary: string;
  query: z.ZodObject;
  /** Detail endpoints take the item's slug in the path. */
  slug: boolean;
  response: z.ZodType;
  tables: readonly ChangeTable[];
  // The loader's argument is what `query` (plus the slug) parsed; the registry pairs them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load: (query: any) => Promise<unknown>;
};

const endpoint = <Q extends z.ZodObject>(
  definition: Omit<EndpointDefinition, 'query' | 'load'> & {
    query: Q;
    load: (query: z.output<Q>) => Promise<unknown>;
  },
): EndpointDefinition => definition;

/** A detail endpoint's parameters: `slug` is in the path, `lang` in the query. */
const DETAIL_PARAMS = ZApiLangQuerySchema.extend({ slug: ZApiSlugSchema });

const RECOMMENDATION_TABLES = [
  'Recommendation',
  'RecommendationFollowUp',
  'Country',
  'Mechanism',
] as const;

/** Every endpoint of the open-data API: the routes serve them, the OpenAPI document lists them. */
export const OPEN_DATA_ENDPOINTS = {
  countries: endpoint({
    path: '/countries',
    summary: 'Countries with their treaty status, NPM deadline and sources',
    query: ZApiCountryListQuerySchema,
    slug: false,
    response: apiList(ZApiCountrySchema, 'CountryList'),
    tables: ['Country', 'Mechanism', 'FactCitation'],
    load: listApiCountries,
  }),
  country: endpoint({
    path: '/countries/{slug}',
    summary: 'One country',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiCountrySchema, 'CountryItem'),
    tables: ['Country', 'Mechanism', 'FactCitation'],
    load: getApiCountry,
  }),
  mechanisms: endpoint({
    path: '/mechanisms',
    summary: 'National and local preventive mechanisms (the directory)',
    query: ZApiMechanismListQuerySchema,
    slug: false,
    response: apiList(ZApiMechanismSchema, 'MechanismList'),
    tables: ['Country', 'Mechanism', 'FactCitation'],
    load: listApiMechanisms,
  }),
  mechanism: endpoint({
    path: '/mechanisms/{slug}',
    summary: 'One mechanism',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiMechanismSchema, 'MechanismItem'),
    tables: ['Country', 'Mechanism', 'FactCitation'],
    load: getApiMechanism,
  }),
  documents: endpoint({
    path: '/documents',
    summary: 'The library: published documents',
    query: ZApiDocumentListQuerySchema,
    slug: false,
    response: apiList(ZApiDocumentSchema, 'DocumentList'),
    tables: ['Document'],
    load: listApiDocuments,
  }),
  document: endpoint({
    path: '/documents/{slug}',
    summary: 'One document, with its file',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiDocumentDetailSchema, 'DocumentItem'),
    tables: ['Document', 'Country', 'Mechanism'],
    load: getApiDocument,
  }),
  events: endpoint({
    path: '/events',
    summary: 'Events: page 1 holds all upcoming ones, then past ones, latest first',
    query: ZApiEventListQuerySchema,
    slug: false,
    response: apiList(ZApiEventSchema, 'EventList'),
    tables: ['Event', 'Country'],
    load: listApiEvents,
  }),
  event: endpoint({
    path: '/events/{slug}',
    summary: 'One event',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiEventDetailSchema, 'EventItem'),
    tables: ['Event', 'Country', 'Mechanism', 'Document'],
    load: getApiEvent,
  }),
  news: endpoint({
    path: '/news',
    summary: 'News, latest first',
    query: ZApiNewsListQuerySchema,
    slug: false,
    response: apiList(ZApiNewsSchema, 'NewsList'),
    tables: ['News'],
    load: listApiNews,
  }),
  newsItem: endpoint({
    path: '/news/{slug}',
    summary: 'One news item, with its body',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiNewsDetailSchema, 'NewsItemResponse'),
    tables: ['News', 'Country', 'Mechanism'],
    load: getApiNewsItem,
  }),
  recommendations: endpoint({
    path: '/recommendations',
    summary: 'Recommendations of UN and regional bodies, latest first, with their latest status',
    query: ZApiRecommendationListQuerySchema,
    slug: false,
    response: apiList(ZApiRecommendationSchema, 'RecommendationList'),
    tables: RECOMMENDATION_TABLES,
    load: listApiRecommendations,
  }),
  recommendation: endpoint({
    path: '/recommendations/{slug}',
    summary: 'One recommendation, with its follow-up history',
    query: DETAIL_PARAMS.extend({
      slug: ZApiSlugSchema.meta({ description: 'The recommendation’s slug or its id.' }),
    }),
    slug: true,
    response: apiItem(ZApiRecommendationDetailSchema, 'RecommendationItem'),
    tables: RECOMMENDATION_TABLES,
    load: getApiRecommendation,
  }),
  themes: endpoint({
    path: '/themes',
    summary: 'Themes of published documents and news',
    query: ZApiPageQuerySchema,
    slug: false,
    response: apiList(ZApiThemeSchema, 'ThemeList'),
    tables: ['Document', 'News'],
    load: listApiThemes,
  }),
  theme: endpoint({
    path: '/themes/{slug}',
    summary: 'One theme',
    query: DETAIL_PARAMS,
    slug: true,
    response: apiItem(ZApiThemeSchema, 'ThemeItem'),
    tables: ['Document', 'News'],
    load: getApiTheme,
  }),
} satisfies Record<string, EndpointDefinition>;

export type OpenDataEndpointName = keyof typeof OPEN_DATA_ENDPOINTS;
