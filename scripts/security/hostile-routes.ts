// Every route of the app (src/app, route groups left out) and what the hostile-input run sends it.
// tests/unit/hostile-routes.test.ts fails when a page or route handler has no entry here, so a new
// route cannot be left out of the run. Query parameters are the keys of the zod schema the route
// parses, so a parameter added to a schema is probed too.
import { ZAdminListQuerySchema, ZDoneQuerySchema } from '../../src/lib/validation/admin-list';
import { ZAuditQuerySchema } from '../../src/lib/validation/audit';
import { ZResetQuerySchema, ZSignInQuerySchema } from '../../src/lib/validation/auth';
import { ZContactPageQuerySchema } from '../../src/lib/validation/contact';
import {
  ZCorrectionPageQuerySchema,
  ZCorrectionQueueQuerySchema,
} from '../../src/lib/validation/corrections';
import { ZCountryListQuerySchema } from '../../src/lib/validation/countries';
import { ZDataDownloadQuerySchema } from '../../src/lib/validation/data-download';
import { ZDocumentListQuerySchema } from '../../src/lib/validation/documents';
import { ZEventIcsQuerySchema, ZEventListQuerySchema } from '../../src/lib/validation/events';
import { ZMechanismListQuerySchema } from '../../src/lib/validation/mechanisms';
import { ZNewsListQuerySchema } from '../../src/lib/validation/news';
import {
  ZApiCountryListQuerySchema,
  ZApiDocumentListQuerySchema,
  ZApiEventListQuerySchema,
  ZApiLangQuerySchema,
  ZApiMechanismListQuerySchema,
  ZApiNewsListQuerySchema,
  ZApiPageQuerySchema,
  ZApiRecommendationListQuerySchema,
  ZApiSearchExportQuerySchema,
} from '../../src/lib/validation/open-data';
import { ZRecommendationQuerySchema } from '../../src/lib/validation/recommendations';
import { ZSearchApiQuerySchema, ZSearchPageQuerySchema } from '../../src/lib/validation/search';
import { ZRecheckQuerySchema, ZSourcesDoneSchema } from '../../src/lib/validation/sources';
import {
  ZExportQuerySchema,
  ZSubscriptionPageQuerySchema,
  ZUnsubscribeQuerySchema,
} from '../../src/lib/validation/subscriptions';
import { ZThesaurusDoneSchema } from '../../src/lib/validation/thesaurus';
import { ZTreatyCheckQuerySchema } from '../../src/lib/validation/treaty-check';
import { ZUsersQuerySchema } from '../../src/lib/validation/users';

/** One way to reach a route: real values for its dynamic segments, and the query it reads. */
export type Variant = { segments?: Record<string, string>; query?: string[] };

export type Route = {
  /** The group its counts are printed under. */
  group: string;
  /** Each is probed in its query parameters; the first's segments surround a hostile one. */
  variants: Variant[];
};

const keys = (schema: { shape: object }) => Object.keys(schema.shape);

// Slugs the seed creates (prisma/seed): a federal country with local mechanisms and its maps, a
// mechanism, a document, an event, a theme. Content types the seed has none of get only payloads.
const COUNTRY = { slug: 'argentina' };
const MECHANISM = { slug: 'peru-npm' };

const page = (group: string, ...variants: Variant[]): Route => ({
  group,
  variants: variants.length ? variants : [{}],
});

const api = (query: string[], sample: string): Route[] => [
  page('api v1', { query }),
  page('api v1', { segments: { slug: sample }, query: keys(ZApiLangQuerySchema) }),
];

const [apiCountries, apiCountry] = api(keys(ZApiCountryListQuerySchema), 'argentina');
const [apiMechanisms, apiMechanism] = api(keys(ZApiMechanismListQuerySchema), 'peru-npm');
const [apiDocuments, apiDocument] = api(
  keys(ZApiDocumentListQuerySchema),
  'buenos-aires-declaration-2013',
);
const [apiEvents, apiEvent] = api(
  keys(ZApiEventListQuerySchema),
  'buenos-aires-expert-workshop-2011',
);
const [apiNews, apiNewsItem] = api(keys(ZApiNewsListQuerySchema), 'x');
const [apiThemes, apiTheme] = api(keys(ZApiPageQuerySchema), 'federal-states');
// A recommendation the seed quotes (prisma/data/recommendations).
const RECOMMENDATION = { slug: 'cat-op-chl-1-20' };
const [apiRecommendations, apiRecommendation] = api(
  keys(ZApiRecommendationListQuerySchema),
  RECOMMENDATION.slug,
);

export const BACK_OFFICE = 'back office';
/** A back-office route: signed out it only redirects; signed in, it reads `query`. */
const admin = (segments?: Record<string, string>, query: string[] = []) =>
  page(BACK_OFFICE, { segments, query });
const ID = { id: 'x' };
const DONE = keys(ZDoneQuerySchema);
const LIST = [...keys(ZAdminListQuerySchema), ...DONE];
const SOURCES_DONE = keys(ZSourcesDoneSchema);

export const ROUTES: Record<string, Route> = {
  '/[locale]': page('pages'),
  '/[locale]/[...rest]': page('root and unknown paths', { segments: { rest: 'x/y' } }),
  '/[locale]/about': page('pages'),
  '/[locale]/contact': page('forms pages', { query: keys(ZContactPageQuerySchema) }),
  '/[locale]/countries': page('pages', { query: keys(ZCountryListQuerySchema) }),
  '/[locale]/countries/[slug]': page('recommendations and coverage', {
    segments: COUNTRY,
    query: keys(ZRecommendationQuerySchema),
  }),
  '/[locale]/countries/[slug]/correction': page('forms pages', {
    segments: COUNTRY,
    query: keys(ZCorrectionPageQuerySchema),
  }),
  '/[locale]/data': page('open data pages'),
  '/[locale]/data/api': page('open data pages'),
  '/[locale]/documents': page('pages', { query: keys(ZDocumentListQuerySchema) }),
  '/[locale]/documents/[slug]': page('pages'),
  '/[locale]/documents/feed.xml': page('feeds and calendars', {
    query: keys(ZDocumentListQuerySchema),
  }),
  '/[locale]/events': page('pages', { query: keys(ZEventListQuerySchema) }),
  '/[locale]/events/[slug]': page('pages'),
  '/[locale]/events/calendar.ics': page('feeds and calendars', {
    query: keys(ZEventListQuerySchema),
  }),
  '/[locale]/events/feed.xml': page('feeds and calendars', { query: keys(ZEventListQuerySchema) }),
  '/[locale]/mechanisms': page('pages', { query: keys(ZMechanismListQuerySchema) }),
  '/[locale]/mechanisms/[slug]': page('pages'),
  '/[locale]/mechanisms/[slug]/correction': page('forms pages', {
    segments: MECHANISM,
    query: keys(ZCorrectionPageQuerySchema),
  }),
  '/[locale]/network': page('pages'),
  '/[locale]/news': page('pages', { query: keys(ZNewsListQuerySchema) }),
  '/[locale]/news/[slug]': page('pages'),
  '/[locale]/news/feed.xml': page('feeds and calendars', { query: keys(ZNewsListQuerySchema) }),
  '/[locale]/recommendations': page('recommendations and coverage', {
    query: keys(ZRecommendationQuerySchema),
  }),
  '/[locale]/recommendations/[slug]': page('recommendations and coverage', {
    segments: RECOMMENDATION,
  }),
  '/[locale]/search': page('pages', { query: keys(ZSearchPageQuerySchema) }),
  '/[locale]/subscribe': page('forms pages'),
  '/[locale]/subscribe/confirm': page('forms pages', { query: keys(ZSubscriptionPageQuerySchema) }),
  '/[locale]/subscribe/manage': page('forms pages', { query: keys(ZSubscriptionPageQuerySchema) }),
  '/[locale]/subscribe/unsubscribe': page('forms pages', {
    query: keys(ZSubscriptionPageQuerySchema),
  }),
  '/[locale]/sign-in': page('forms pages', { query: keys(ZSignInQuerySchema) }),
  '/[locale]/forgot-password': page('forms pages'),
  '/[locale]/reset-password': page('forms pages', { query: keys(ZResetQuerySchema) }),

  '/api/auth/[...nextauth]': page('auth api', {
    segments: { nextauth: 'error' },
    query: ['error', 'callbackUrl'],
  }),
  '/api/events/[slug]/ics': page('api', {
    segments: { slug: 'buenos-aires-expert-workshop-2011' },
    query: keys(ZEventIcsQuerySchema),
  }),
  '/api/files/[id]': page('api'),
  '/api/health': page('api', { query: ['q'] }),
  '/api/ready': page('api', { query: ['q'] }),
  '/api/search': page('api', { query: keys(ZSearchApiQuerySchema) }),
  '/api/subscriptions/export': page('api', { query: keys(ZExportQuerySchema) }),
  '/api/subscriptions/unsubscribe': page('api', { query: keys(ZUnsubscribeQuerySchema) }),
  '/api/v1/countries': apiCountries!,
  '/api/v1/countries/[slug]': apiCountry!,
  '/api/v1/documents': apiDocuments!,
  '/api/v1/documents/[slug]': apiDocument!,
  '/api/v1/events': apiEvents!,
  '/api/v1/events/[slug]': apiEvent!,
  '/api/v1/mechanisms': apiMechanisms!,
  '/api/v1/mechanisms/[slug]': apiMechanism!,
  '/api/v1/news': apiNews!,
  '/api/v1/news/[slug]': apiNewsItem!,
  '/api/v1/themes': apiThemes!,
  '/api/v1/themes/[slug]': apiTheme!,
  '/api/v1/recommendations': apiRecommendations!,
  '/api/v1/recommendations/[slug]': apiRecommendation!,
  '/api/v1/download': page('api v1', { query: ['q'] }),
  '/api/v1/openapi.json': page('api v1', { query: ['q'] }),
  '/api/v1/exports/[file]': page(
    'api v1 exports',
    { segments: { file: 'countries.csv' }, query: keys(ZApiCountryListQuerySchema) },
    { segments: { file: 'mechanisms.json' }, query: keys(ZApiMechanismListQuerySchema) },
    { segments: { file: 'documents.csv' }, query: keys(ZApiDocumentListQuerySchema) },
    { segments: { file: 'events.json' }, query: keys(ZApiEventListQuerySchema) },
    { segments: { file: 'news.csv' }, query: keys(ZApiNewsListQuerySchema) },
    { segments: { file: 'themes.json' }, query: keys(ZApiPageQuerySchema) },
    {
      segments: { file: 'recommendations.csv' },
      query: keys(ZApiRecommendationListQuerySchema),
    },
    { segments: { file: 'search.csv' }, query: keys(ZApiSearchExportQuerySchema) },
  ),

  '/[locale]/admin': admin(undefined, ['denied']),
  '/[locale]/admin/account': admin(),
  '/[locale]/admin/audit': admin(undefined, keys(ZAuditQuerySchema)),
  '/[locale]/admin/changes': admin(undefined, [...DONE, ...SOURCES_DONE]),
  '/[locale]/admin/changes/[id]': admin(ID),
  '/[locale]/admin/cooperations': admin(undefined, LIST),
  '/[locale]/admin/cooperations/[id]': admin(ID, DONE),
  '/[locale]/admin/cooperations/[id]/delete': admin(ID),
  '/[locale]/admin/cooperations/new': admin(),
  '/[locale]/admin/corrections': admin(undefined, keys(ZCorrectionQueueQuerySchema)),
  '/[locale]/admin/corrections/[id]': admin(ID, keys(ZCorrectionQueueQuerySchema)),
  '/[locale]/admin/countries': admin(undefined, LIST),
  '/[locale]/admin/countries/[id]': admin(ID, DONE),
  '/[locale]/admin/countries/[id]/delete': admin(ID),
  '/[locale]/admin/countries/new': admin(),
  '/[locale]/admin/documents': admin(undefined, LIST),
  '/[locale]/admin/documents/[id]': admin(ID, DONE),
  '/[locale]/admin/documents/[id]/delete': admin(ID),
  '/[locale]/admin/documents/new': admin(),
  '/[locale]/admin/events': admin(undefined, LIST),
  '/[locale]/admin/events/[id]': admin(ID, DONE),
  '/[locale]/admin/events/[id]/delete': admin(ID),
  '/[locale]/admin/events/new': admin(),
  '/[locale]/admin/data-download': admin(undefined, keys(ZDataDownloadQuerySchema)),
  '/[locale]/admin/import': admin(),
  '/[locale]/admin/mail-queue': admin(),
  '/[locale]/admin/mechanisms': admin(undefined, LIST),
  '/[locale]/admin/mechanisms/[id]': admin(ID, DONE),
  '/[locale]/admin/mechanisms/[id]/delete': admin(ID),
  '/[locale]/admin/mechanisms/new': admin(),
  '/[locale]/admin/my-recommendations': admin(undefined, DONE),
  '/[locale]/admin/my-recommendations/[id]': admin(ID),
  '/[locale]/admin/news': admin(undefined, LIST),
  '/[locale]/admin/news/[id]': admin(ID, DONE),
  '/[locale]/admin/news/[id]/delete': admin(ID),
  '/[locale]/admin/news/new': admin(),
  '/[locale]/admin/preview/countries/[slug]': admin(COUNTRY),
  '/[locale]/admin/preview/documents/[slug]': admin({ slug: 'x' }),
  '/[locale]/admin/preview/events/[slug]': admin({ slug: 'x' }),
  '/[locale]/admin/preview/mechanisms/[slug]': admin(MECHANISM),
  '/[locale]/admin/preview/news/[slug]': admin({ slug: 'x' }),
  '/[locale]/admin/proposals': admin(undefined, DONE),
  '/[locale]/admin/proposals/cooperation': admin(),
  '/[locale]/admin/proposals/document': admin(),
  '/[locale]/admin/proposals/event': admin(),
  '/[locale]/admin/proposals/mechanism': admin(),
  '/[locale]/admin/proposals/news': admin(),
  '/[locale]/admin/recommendations': admin(undefined, LIST),
  '/[locale]/admin/recommendations/[id]': admin(ID, DONE),
  '/[locale]/admin/recommendations/[id]/delete': admin(ID),
  '/[locale]/admin/recommendations/import': admin(),
  '/[locale]/admin/recommendations/new': admin(),
  '/[locale]/admin/sources': admin(undefined, SOURCES_DONE),
  '/[locale]/admin/sources/[id]': admin(ID),
  '/[locale]/admin/sources/facts/[entityType]/[id]': admin(
    { entityType: 'country', id: 'x' },
    SOURCES_DONE,
  ),
  '/[locale]/admin/sources/facts/[entityType]/[id]/[fact]': admin({
    entityType: 'country',
    id: 'x',
    fact: 'name',
  }),
  '/[locale]/admin/sources/new': admin(),
  '/[locale]/admin/sources/recheck': admin(undefined, keys(ZRecheckQuerySchema)),
  '/[locale]/admin/themes': admin(undefined, LIST),
  '/[locale]/admin/themes/[id]': admin(ID, DONE),
  '/[locale]/admin/themes/[id]/delete': admin(ID),
  '/[locale]/admin/themes/new': admin(),
  '/[locale]/admin/thesaurus': admin(undefined, keys(ZThesaurusDoneSchema)),
  '/[locale]/admin/thesaurus/[id]': admin(ID),
  '/[locale]/admin/treaty-check': admin(undefined, keys(ZTreatyCheckQuerySchema)),
  '/[locale]/admin/users': admin(undefined, keys(ZUsersQuerySchema)),
};

/** The route of an app file: its folders, without route groups (`(public)`). */
export const routeOf = (file: string) =>
  `/${file
    .split('/')
    .slice(0, -1)
    .filter((folder) => !/^\(.*\)$/.test(folder))
    .join('/')}`.replace(/\/$/, '') || '/';
