import { z } from 'zod';

import {
  DatePrecision,
  DocumentType,
  EventKind,
  ImplementationStatus,
  InstitutionalModel,
  MechanismLevel,
  MechanismStatus,
  OpcatStatus,
  RecommendationBody,
  StatePosition,
  Subregion,
  TreatyAction,
} from '@/generated/prisma/enums';
import { routing } from '@/i18n/routing';

import { COUNTRY_SORT_KEYS } from './countries';
import { DOCUMENT_SORT_KEYS } from './documents';
import { IMPLEMENTATION_STATUSES } from './recommendations';
import { ZSearchApiQuerySchema } from './search';

// The public JSON API (/api/v1): its query parameters and the shape of every answer. The route
// handlers parse each answer with these schemas, and the OpenAPI document is generated from them.

export const API_MAX_PER_PAGE = 100;
export const API_DEFAULT_PER_PAGE = 20;

export const ZApiLocaleSchema = z.enum(routing.locales).meta({
  id: 'Language',
  description: 'A language of the portal (ISO 639-1).',
});

/** Parameters every endpoint takes. Unlike the pages, the API refuses bad values with a 400. */
export const ZApiLangQuerySchema = z.object({
  lang: ZApiLocaleSchema.default(routing.defaultLocale).meta({
    description:
      'Language of translated texts. A text missing in it is given in the content’s original language (else any); `languages` states the language of each text.',
  }),
});

export const ZApiPageQuerySchema = ZApiLangQuerySchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(API_MAX_PER_PAGE).default(API_DEFAULT_PER_PAGE),
});
export type TApiPageQuerySchema = z.infer<typeof ZApiPageQuerySchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const filterSlug = slug.optional();

/** The filters of each list page, checked strictly (the pages drop invalid values instead). */
export const ZApiCountryListQuerySchema = ZApiPageQuerySchema.extend({
  sort: z.enum(COUNTRY_SORT_KEYS).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export const ZApiMechanismListQuerySchema = ZApiPageQuerySchema.extend({
  q: z.string().max(200).optional(),
  country: filterSlug,
  level: z.enum(MechanismLevel).optional(),
  model: z.enum(InstitutionalModel).optional(),
  status: z.enum(MechanismStatus).optional(),
});
export const ZApiDocumentListQuerySchema = ZApiPageQuerySchema.extend({
  theme: filterSlug,
  country: filterSlug,
  mechanism: filterSlug,
  type: z.enum(DocumentType).optional(),
  language: ZApiLocaleSchema.optional().meta({ description: 'The document’s original language.' }),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  sort: z.enum(DOCUMENT_SORT_KEYS).default('newest'),
});
export const ZApiEventListQuerySchema = ZApiPageQuerySchema.extend({
  country: filterSlug,
  kind: z.enum(EventKind).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const ZApiNewsListQuerySchema = ZApiPageQuerySchema.extend({
  country: filterSlug,
  mechanism: filterSlug,
  theme: filterSlug,
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const ZApiRecommendationListQuerySchema = ZApiPageQuerySchema.extend({
  country: filterSlug,
  mechanism: filterSlug,
  theme: filterSlug,
  body: z.enum(RecommendationBody).optional(),
  status: z
    .enum([...IMPLEMENTATION_STATUSES, 'NONE'])
    .optional()
    .meta({ description: 'The latest published follow-up’s status; NONE: no follow-up yet.' }),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
/** The search page's query for its export: the JSON search's strict fields, `lang` for `locale`. */
export const ZApiSearchExportQuerySchema = ZSearchApiQuerySchema.omit({
  locale: true,
  page: true,
}).extend(ZApiLangQuerySchema.shape);
export const ZApiSlugSchema = slug.max(120);

const date = z.iso.date().meta({ description: 'A calendar date (YYYY-MM-DD, UTC).' });
const dateTime = z.iso.datetime();
const languages = (fields: readonly [string, ...string[]]) =>
  z
    .object(Object.fromEntries(fields.map((field) => [field, ZApiLocaleSchema])))
    .meta({ description: 'The language each translated text is given in.' });
const links = z.object({ self: z.url(), html: z.url() });
const reference = z.object({ slug, name: z.string().nullable() });

export const ZApiSourceSchema = z
  .object({
    title: z.string(),
    publisher: z.string().nullable(),
    url: z.url().nullable(),
    lang: z.string().nullable(),
    accessedOn: date.nullable(),
  })
  .meta({ id: 'Source' });

export const ZApiCitationSchema = z
  .object({
    fact: z.string().meta({ description: 'The fact this citation supports (see src/lib/facts).' }),
    verifiedOn: date.nullable(),
    verifiedPrecision: z.enum(DatePrecision),
    sources: z.array(ZApiSourceSchema),
  })
  .meta({ id: 'Citation' });

const treaty = z.object({
  status: z.enum(OpcatStatus).nullable(),
  by: z.enum(TreatyAction).nullable(),
  ratifiedOn: date.nullable().meta({ description: 'Deposit of ratification or accession.' }),
});

export const ZApiCountrySchema = z
  .object({
    slug,
    iso2: z.string(),
    iso3: z.string(),
    name: z.string(),
    languages: languages(['name']),
    subregion: z.enum(Subregion),
    federal: z.boolean(),
    cat: treaty,
    opcat: treaty.extend({ signedOn: date.nullable() }),
    npmDeadline: z
      .object({
        kind: z.enum(['not-applicable', 'unknown', 'date']),
        date: date.nullable(),
        postponed: z.boolean(),
      })
      .meta({ description: 'OPCAT art. 17 (or art. 24 postponed) deadline to designate an NPM.' }),
    npmDeadlineStatus: z.string().meta({
      description:
        'not-applicable, unknown, pending, overdue, on-time, late or timing-unknown (see the page).',
    }),
    nationalMechanism: reference.extend({ acronym: z.string().nullable() }).nullable(),
    citations: z.array(ZApiCitationSchema),
    links,
  })
  .meta({ id: 'Country' });

export const ZApiMechanismSchema = z
  .object({
    slug,
    name: z.string().nullable().meta({ description: 'Official name, in its own language.' }),
    nameTranslation: z.string().nullable(),
    acronym: z.string().nullable(),
    country: reference,
    level: z.enum(MechanismLevel),
    jurisdiction: z.string().nullable(),
    model: z.enum(InstitutionalModel).nullable(),
    operationalStatus: z.enum(MechanismStatus).nullable(),
    originalLanguage: ZApiLocaleSchema,
    designatedOn: date.nullable(),
    designatedYear: z.number().int().nullable(),
    legalBasis: z.string().nullable(),
    legalBasisDate: date.nullable(),
    notes: z.string().nullable(),
    languages: languages(['name', 'legalBasis', 'notes']),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    citations: z.array(ZApiCitationSchema),
    links,
  })
  .meta({ id: 'Mechanism' });

export const ZApiDocumentSchema = z
  .object({
    slug,
    type: z.enum(DocumentType),
    title: z.string(),
    summary: z.string().nullable(),
    languages: languages(['title', 'summary']),
    originalLanguage: ZApiLocaleSchema,
    publishedOn: date.nullable(),
    datePrecision: z.enum(DatePrecision),
    updatedAt: dateTime,
    links,
  })
  .meta({ id: 'Document' });

export const ZApiEventSchema = z
  .object({
    slug,
    kind: z.enum(EventKind),
    title: z.string(),
    summary: z.string().nullable(),
    organisers: z.string().nullable(),
    languages: languages(['title', 'summary', 'organisers']),
    originalLanguage: ZApiLocaleSchema,
    startsOn: date,
    endsOn: date.nullable(),
    datePrecision: z.enum(DatePrecision),
    city: z.string().nullable(),
    online: z.boolean(),
    country: reference.nullable(),
    updatedAt: dateTime,
    links,
  })
  .meta({ id: 'Event' });

export const ZApiNewsSchema = z
  .object({
    slug,
    title: z.string(),
    summary: z.string().nullable(),
    languages: languages(['title', 'summary']),
    originalLanguage: ZApiLocaleSchema,
    publishedOn: date,
    updatedAt: dateTime,
    links,
  })
  .meta({ id: 'NewsItem' });

const labelled = z.object({ slug, label: z.string(), language: ZApiLocaleSchema });

export const ZApiDocumentDetailSchema = ZApiDocumentSchema.omit({ updatedAt: true })
  .extend({
    externalUrl: z.string().nullable(),
    file: z
      .object({
        filename: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        url: z.url(),
      })
      .nullable(),
    themes: z.array(labelled),
    countries: z.array(labelled),
    mechanisms: z.array(labelled),
  })
  .meta({ id: 'DocumentDetail' });

export const ZApiEventDetailSchema = ZApiEventSchema.extend({
  mechanisms: z.array(reference),
  documents: z.array(z.object({ slug, title: z.string() })),
}).meta({ id: 'EventDetail' });

export const ZApiNewsDetailSchema = ZApiNewsSchema.extend({
  body: z.string().nullable().meta({ description: 'Markdown, in the language of the title.' }),
  languages: languages(['title', 'summary', 'body']),
  countries: z.array(labelled),
  mechanisms: z.array(reference),
  themes: z.array(labelled),
}).meta({ id: 'NewsItemDetail' });

/** A mechanism named by its official name, in that name's language (null: not known). */
const mechanismReference = reference.extend({ language: ZApiLocaleSchema });

export const ZApiRecommendationSchema = z
  .object({
    id: z.string().meta({ description: 'Stable id; the detail endpoint takes it or the slug.' }),
    slug,
    body: z.enum(RecommendationBody),
    symbol: z.string().meta({ description: 'The UN or regional document symbol.' }),
    paragraph: z.string().meta({ description: 'The paragraph, as numbered in the document.' }),
    issuedOn: date,
    uprCycle: z.number().int().nullable(),
    recommendingState: z
      .string()
      .nullable()
      .meta({ description: 'UPR only: the recommending State, in English as the UN lists it.' }),
    position: z.enum(StatePosition).meta({ description: 'The State’s position on it.' }),
    text: z.string(),
    languages: languages(['text']),
    originalLanguage: ZApiLocaleSchema,
    themes: z.array(labelled),
    countries: z.array(labelled),
    mechanisms: z.array(mechanismReference),
    latestStatus: z
      .enum(ImplementationStatus)
      .nullable()
      .meta({ description: 'The latest published follow-up’s status; null: none yet.' }),
    latestReportedOn: date.nullable(),
    source: z
      .object({ citation: z.string(), url: z.url() })
      .meta({ description: 'Where the body published it: "symbol § paragraph" and its URL.' }),
    links,
  })
  .meta({ id: 'Recommendation' });

export const ZApiFollowUpSchema = z
  .object({
    id: z.string(),
    reportedOn: date,
    status: z.enum(ImplementationStatus),
    mechanism: mechanismReference.meta({ description: 'The mechanism that reported it.' }),
    text: z.string().nullable(),
    languages: languages(['text']),
    originalLanguage: ZApiLocaleSchema,
    evidenceUrl: z.string().nullable(),
    evidenceFile: z.object({ filename: z.string(), url: z.url() }).nullable(),
  })
  .meta({ id: 'FollowUp' });

export const ZApiRecommendationDetailSchema = ZApiRecommendationSchema.extend({
  originalText: z
    .string()
    .nullable()
    .meta({ description: 'The text as the body wrote it, in `originalLanguage`.' }),
  followUps: z
    .array(ZApiFollowUpSchema)
    .meta({ description: 'Published follow-ups, latest first: the status history.' }),
}).meta({ id: 'RecommendationDetail' });

export const ZApiThemeSchema = z
  .object({
    slug,
    label: z.string(),
    languages: languages(['label']),
    links: z.object({ self: z.url(), documents: z.url() }),
  })
  .meta({ id: 'Theme' });

export const ZApiListMetaSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    lang: ZApiLocaleSchema,
    licence: z.string().meta({ description: 'SPDX identifier of the data licence.' }),
  })
  .meta({ id: 'ListMeta' });

const listLinks = z.object({ self: z.url(), next: z.url().nullable() });

export const apiList = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), meta: ZApiListMetaSchema, links: listLinks }).meta({ id });

export const apiItem = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: item,
      meta: z.object({ lang: ZApiLocaleSchema, licence: z.string() }),
    })
    .meta({ id });

/** RFC 9457 problem details. */
export const ZApiProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: 'For 400: each invalid query parameter.' }),
  })
  .meta({ id: 'Problem' });
export type TApiProblemSchema = z.infer<typeof ZApiProblemSchema>;
