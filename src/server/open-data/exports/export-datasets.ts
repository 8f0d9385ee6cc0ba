import 'server-only';

import type { z } from 'zod';

import {
  ZApiCountryListQuerySchema,
  ZApiDocumentListQuerySchema,
  ZApiEventListQuerySchema,
  ZApiMechanismListQuerySchema,
  ZApiNewsListQuerySchema,
  ZApiPageQuerySchema,
  ZApiRecommendationListQuerySchema,
  ZApiSearchExportQuerySchema,
} from '@/lib/validation/open-data';
import { findDocumentBatches } from '@/server/documents/find-document-batches';
import { searchContent } from '@/server/search/search-content';

import { pageUrl } from '../api-urls';
import { listApiCountries } from '../countries';
import { toApiDocument } from '../documents';
import { listApiEvents } from '../events';
import { listApiMechanisms } from '../mechanisms';
import { listApiNews } from '../news';
import { listApiRecommendations } from '../recommendations';
import { listApiThemes } from '../themes';
import type { CsvValue } from './to-csv-line';

type Item = Record<string, unknown>;
type Citation = { sources: { title: string; url: string | null }[] };

/** A CSV column: its stable name (documented in the README) and its value for an item. */
type Column<T> = [name: string, value: (item: T) => CsvValue];

export type ExportDataset = {
  query: z.ZodObject;
  columns: Column<Item>[];
  /** The filtered list in the page's order, a batch at a time; items as the API gives them. */
  batches: (query: never) => AsyncIterable<Item[]>;
};

// Lists a finder returns whole (a few hundred rows): one batch of every page at once.
const WHOLE = { page: 1, perPage: 1_000_000 };

const sourcesOf = (item: Item) =>
  (item.citations as Citation[])
    .flatMap((citation) => citation.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)))
    .join(' | ');

const get =
  (path: string): ((item: Item) => CsvValue) =>
  (item) =>
    path
      .split('.')
      .reduce<unknown>((value, key) => (value as Item | null)?.[key], item) as CsvValue;

const columns = (names: Record<string, string | ((item: Item) => CsvValue)>): Column<Item>[] =>
  Object.entries(names).map(([name, path]) => [name, typeof path === 'string' ? get(path) : path]);

type Named = { slug: string; label?: string; name?: string | null };

/** A list of related items as one cell: their slugs, or their labels, joined by ` | `. */
const joined =
  (path: string, key: 'slug' | 'label' | 'name') =>
  (item: Item): CsvValue =>
    (item[path] as Named[]).map((related) => related[key] ?? '').join(' | ');

/** Search texts mark their matches between \u0001 and \u0002 (find-search-entries.ts). */
const withoutHighlights = (text: string) => text.replaceAll('\u0001', '').replaceAll('\u0002', '');

const LINKS = { url: 'links.html', api_url: 'links.self' };

/** The lists that offer CSV and JSON exports, by file name stem. */
export const EXPORT_DATASETS: Record<string, ExportDataset> = {
  countries: {
    query: ZApiCountryListQuerySchema,
    columns: columns({
      slug: 'slug',
      iso2: 'iso2',
      iso3: 'iso3',
      name: 'name',
      name_language: 'languages.name',
      subregion: 'subregion',
      federal: 'federal',
      cat_status: 'cat.status',
      cat_by: 'cat.by',
      cat_ratified_on: 'cat.ratifiedOn',
      opcat_status: 'opcat.status',
      opcat_by: 'opcat.by',
      opcat_signed_on: 'opcat.signedOn',
      opcat_ratified_on: 'opcat.ratifiedOn',
      npm_deadline: 'npmDeadline.date',
      npm_deadline_postponed: 'npmDeadline.postponed',
      npm_deadline_status: 'npmDeadlineStatus',
      national_mechanism_slug: 'nationalMechanism.slug',
      national_mechanism_name: 'nationalMechanism.name',
      sources: sourcesOf,
      ...LINKS,
    }),
    batches: async function* (query: z.output<typeof ZApiCountryListQuerySchema>) {
      yield (await listApiCountries({ ...query, ...WHOLE })).data;
    },
  },
  mechanisms: {
    query: ZApiMechanismListQuerySchema,
    columns: columns({
      slug: 'slug',
      name: 'name',
      name_language: 'languages.name',
      name_translation: 'nameTranslation',
      acronym: 'acronym',
      country_slug: 'country.slug',
      country_name: 'country.name',
      level: 'level',
      jurisdiction: 'jurisdiction',
      model: 'model',
      operational_status: 'operationalStatus',
      designated_on: 'designatedOn',
      designated_year: 'designatedYear',
      legal_basis: 'legalBasis',
      legal_basis_language: 'languages.legalBasis',
      legal_basis_date: 'legalBasisDate',
      website: 'website',
      email: 'email',
      phone: 'phone',
      address: 'address',
      sources: sourcesOf,
      ...LINKS,
    }),
    batches: async function* (query: z.output<typeof ZApiMechanismListQuerySchema>) {
      yield (await listApiMechanisms({ ...query, ...WHOLE })).data;
    },
  },
  documents: {
    query: ZApiDocumentListQuerySchema,
    columns: columns({
      slug: 'slug',
      type: 'type',
      title: 'title',
      title_language: 'languages.title',
      summary: 'summary',
      original_language: 'originalLanguage',
      published_on: 'publishedOn',
      date_precision: 'datePrecision',
      updated_at: 'updatedAt',
      ...LINKS,
    }),
    batches: async function* ({
      lang,
      page: _page,
      perPage: _perPage,
      ...query
    }: z.output<typeof ZApiDocumentListQuerySchema>) {
      for await (const batch of findDocumentBatches({ locale: lang, query })) {
        yield batch.map((document) => toApiDocument(document, lang));
      }
    },
  },
  events: {
    query: ZApiEventListQuerySchema,
    columns: columns({
      slug: 'slug',
      kind: 'kind',
      title: 'title',
      title_language: 'languages.title',
      summary: 'summary',
      organisers: 'organisers',
      original_language: 'originalLanguage',
      starts_on: 'startsOn',
      ends_on: 'endsOn',
      date_precision: 'datePrecision',
      city: 'city',
      online: 'online',
      country_slug: 'country.slug',
      country_name: 'country.name',
      updated_at: 'updatedAt',
      ...LINKS,
    }),
    batches: async function* (query: z.output<typeof ZApiEventListQuerySchema>) {
      yield (await listApiEvents({ ...query, ...WHOLE })).data;
    },
  },
  recommendations: {
    query: ZApiRecommendationListQuerySchema,
    columns: columns({
      id: 'id',
      slug: 'slug',
      body: 'body',
      symbol: 'symbol',
      paragraph: 'paragraph',
      citation: 'source.citation',
      issued_on: 'issuedOn',
      upr_cycle: 'uprCycle',
      recommending_state: 'recommendingState',
      position: 'position',
      text: 'text',
      text_language: 'languages.text',
      original_language: 'originalLanguage',
      theme_slugs: joined('themes', 'slug'),
      themes: joined('themes', 'label'),
      country_slugs: joined('countries', 'slug'),
      countries: joined('countries', 'label'),
      mechanism_slugs: joined('mechanisms', 'slug'),
      mechanisms: joined('mechanisms', 'name'),
      latest_status: 'latestStatus',
      latest_reported_on: 'latestReportedOn',
      source_url: 'source.url',
      ...LINKS,
    }),
    batches: async function* (query: z.output<typeof ZApiRecommendationListQuerySchema>) {
      yield (await listApiRecommendations({ ...query, ...WHOLE })).data;
    },
  },
  news: {
    query: ZApiNewsListQuerySchema,
    columns: columns({
      slug: 'slug',
      title: 'title',
      title_language: 'languages.title',
      summary: 'summary',
      original_language: 'originalLanguage',
      published_on: 'publishedOn',
      updated_at: 'updatedAt',
      ...LINKS,
    }),
    batches: async function* (query: z.output<typeof ZApiNewsListQuerySchema>) {
      yield (await listApiNews({ ...query, ...WHOLE })).data;
    },
  },
  themes: {
    query: ZApiPageQuerySchema,
    columns: columns({
      slug: 'slug',
      label: 'label',
      label_language: 'languages.label',
      api_url: 'links.self',
      documents_api_url: 'links.documents',
    }),
    batches: async function* (query: z.output<typeof ZApiPageQuerySchema>) {
      yield (await listApiThemes({ ...query, ...WHOLE })).data;
    },
  },
  search: {
    query: ZApiSearchExportQuerySchema,
    columns: columns({
      type: 'type',
      subtype: 'subtype',
      title: 'title',
      title_language: 'titleLanguage',
      language: 'language',
      snippet: 'snippet',
      date: 'date',
      countries: 'countries',
      url: 'url',
    }),
    batches: async function* ({ lang, ...query }: z.output<typeof ZApiSearchExportQuerySchema>) {
      // Every page the search page can show, in its ranking (at most SEARCH_MAX_PAGE pages).
      for (let page = 1; ; page++) {
        const result = await searchContent({
          locale: lang,
          query: { ...query, page },
          perPage: 100,
        });
        yield result.items.map((item) => ({
          type: item.type,
          subtype: item.subtype,
          title: withoutHighlights(item.title),
          titleLanguage: item.titleLocale,
          language: item.locale,
          snippet: withoutHighlights(item.snippet),
          date: item.date?.toISOString().slice(0, 10) ?? null,
          countries: item.countries.map((country) => country.label).join(' | '),
          url: pageUrl(lang, item.href),
        }));
        if (page >= result.pageCount) return;
      }
    },
  },
};
