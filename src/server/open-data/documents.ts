import 'server-only';

import type { z } from 'zod';

import type { AppLocale } from '@/i18n/routing';
import type { ZApiDocumentListQuerySchema } from '@/lib/validation/open-data';
import { findDocuments } from '@/server/documents/find-documents';
import { getDocument } from '@/server/documents/get-document';
import type { DocumentSummary } from '@/server/summaries/to-document-summary';

import { apiUrl, pageUrl, siteUrl, toApiDate } from './api-urls';
import { itemBody, listBody } from './list-body';
import { toLabelled } from './to-labelled';

const documentLinks = (slug: string, lang: AppLocale) => ({
  self: apiUrl(`/documents/${slug}`, { lang }),
  html: pageUrl(lang, `/documents/${slug}`),
});

export const toApiDocument = (document: DocumentSummary, lang: AppLocale) => ({
  slug: document.slug,
  type: document.type,
  title: document.title,
  summary: document.summary,
  // Title and summary come from one translation.
  languages: { title: document.shownLocale, summary: document.shownLocale },
  originalLanguage: document.originalLocale,
  publishedOn: toApiDate(document.publishedOn),
  datePrecision: document.datePrecision,
  updatedAt: document.updatedAt.toISOString(),
  links: documentLinks(document.slug, lang),
});

/** GET /api/v1/documents: the library's list with its filters and order. */
export const listApiDocuments = async (query: z.output<typeof ZApiDocumentListQuerySchema>) => {
  const { lang, perPage, ...filters } = query;
  const result = await findDocuments({ locale: lang, query: filters, perPage });
  return listBody({
    path: '/documents',
    query,
    total: result.total,
    items: result.items.map((document) => toApiDocument(document, lang)),
  });
};

/** GET /api/v1/documents/{slug}: one published document with its themes, countries and file. */
export const getApiDocument = async ({ slug, lang }: { slug: string; lang: AppLocale }) => {
  const document = await getDocument({ slug, locale: lang });
  if (!document) return null;
  return itemBody(
    {
      slug: document.slug,
      type: document.type,
      title: document.title,
      summary: document.summary?.text ?? null,
      languages: {
        title: document.titleLocale,
        summary: document.summary?.shownLocale ?? document.titleLocale,
      },
      originalLanguage: document.originalLocale,
      publishedOn: toApiDate(document.publishedOn),
      datePrecision: document.datePrecision,
      externalUrl: document.externalUrl,
      file: document.file && {
        filename: document.file.filename,
        contentType: document.file.contentType,
        size: document.file.size,
        url: siteUrl(`/api/files/${document.file.id}`),
      },
      themes: document.themes.map(toLabelled),
      countries: document.countries.map(toLabelled),
      mechanisms: document.mechanisms.map(toLabelled),
      links: documentLinks(document.slug, lang),
    },
    lang,
  );
};
