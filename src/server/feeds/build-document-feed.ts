import 'server-only';

import type { AppLocale } from '@/i18n/routing';
import { documentFeedHref, documentListHref } from '@/lib/feed-hrefs';
import {
  DOCUMENT_FILTER_KEYS,
  type TDocumentFilterKey,
  type TDocumentListQuerySchema,
} from '@/lib/validation/documents';
import { findDocuments } from '@/server/documents/find-documents';
import { loadIntl } from '@/server/i18n/load-intl';

import { buildAtomFeed } from './build-atom-feed';
import { FEED_SIZE } from './feed-size';
import { toAbsoluteUrl } from './to-absolute-url';
import { toEntryId } from './to-entry-id';
import { toFeedTitle } from './to-feed-title';

export type BuildDocumentFeedOptions = {
  locale: AppLocale;
  /** The library's query; its filters apply, its page and sort order do not. */
  query: TDocumentListQuerySchema;
};

/**
 * The library's Atom feed in one language: the latest published documents matching the same
 * filters as the library page, found by the same function.
 */
export const buildDocumentFeed = async ({ locale, query: requested }: BuildDocumentFeedOptions) => {
  const { items, query, facets } = await findDocuments({
    locale,
    query: { ...requested, sort: 'newest', page: 1 },
    perPage: FEED_SIZE,
  });
  const { t } = loadIntl({ locale });
  const named = { theme: facets.themes, country: facets.countries, mechanism: facets.mechanisms };
  const valueOf = (key: TDocumentFilterKey) => {
    if (key === 'type') return t('Document.typeLabel', { type: query.type ?? '' });
    if (key === 'language') return t('Fallback.languageName', { locale: query.language ?? '' });
    if (key === 'year') return String(query.year);
    return named[key].find(({ slug }) => slug === query[key])?.label ?? '';
  };
  const filters = DOCUMENT_FILTER_KEYS.filter((key) => query[key] !== undefined).map((key) => ({
    label: t('LibraryPage.filterLabel', { filter: key }),
    value: valueOf(key),
  }));

  return buildAtomFeed({
    locale,
    title: toFeedTitle({ locale, list: t('LibraryPage.title'), filters }),
    subtitle: t('LibraryPage.description'),
    pageUrl: toAbsoluteUrl({ href: documentListHref(query), locale }),
    feedUrl: toAbsoluteUrl({ href: documentFeedHref(query), locale }),
    siteUrl: toAbsoluteUrl({ href: '/', locale }),
    entries: items.map((document) => ({
      id: toEntryId({ type: 'documents', slug: document.slug, locale }),
      url: toAbsoluteUrl({ href: `/documents/${document.slug}`, locale }),
      title: document.title,
      summary: document.summary,
      lang: document.shownLocale,
      updated: document.updatedAt,
      // The document's own publication date (a calendar date), when the source gives it.
      published: document.publishedOn,
      categories: [
        { term: document.type, label: t('Document.typeLabel', { type: document.type }) },
      ],
    })),
  });
};
