import 'server-only';

import type { FormValues } from '@/lib/forms/form-state';
import type { TContentImportType } from '@/lib/validation/content-import';
import { FORM_LOCALES } from '@/lib/validation/form-fields';
import type { AnyContentType } from '@/server/content/content-type';
import { documentType } from '@/server/documents/document-type';
import { toDocumentFormValues } from '@/server/documents/to-document-form-values';
import { eventType } from '@/server/events/event-type';
import { toEventFormValues } from '@/server/events/to-event-form-values';
import { mechanismType } from '@/server/mechanisms/mechanism-type';
import { toMechanismFormValues } from '@/server/mechanisms/to-mechanism-form-values';

/** Models whose items a column names by slug. */
export type SlugModel = 'country' | 'theme' | 'mechanism' | 'document';

/** What a CSV column sets in the type's form (input names as the back-office form has them). */
export type ColumnSpec =
  | { kind: 'key' }
  /** A plain input; enum values and languages are matched case-insensitively. */
  | { kind: 'value'; field: string; letterCase?: 'upper' | 'lower' }
  | { kind: 'translated'; field: string; locale: (typeof FORM_LOCALES)[number] }
  /** The export's text in one language, named by another column (`title` + `title_language`). */
  | { kind: 'inLanguage'; field: string; languageColumn: string }
  /** The export's name in the language of the row's `url` (`/{language}/…`). */
  | { kind: 'inUrlLanguage'; field: string }
  | { kind: 'slug'; field: string; model: SlugModel }
  | { kind: 'slugs'; field: string; model: SlugModel }
  | { kind: 'flag'; field: string }
  | { kind: 'file' }
  | { kind: 'status' }
  /** Read by another column (`url`) or left to the site (`updated_at`, names shown for people). */
  | { kind: 'ignored' };

export type ImportFormat = {
  type: AnyContentType;
  /** Every recognised column, the export's first, in the order the README documents them. */
  columns: Record<string, ColumnSpec>;
  /** A header without one of these is refused. */
  required: string[];
  // The row is what the type's `editSelect` loads; Prisma cannot type it through the generic type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  toFormValues: (stored: any) => FormValues;
};

const perLanguage = (field: string, column = field): Record<string, ColumnSpec> =>
  Object.fromEntries(
    FORM_LOCALES.map((locale) => [`${column}_${locale}`, { kind: 'translated', field, locale }]),
  );

const LINKS: Record<string, ColumnSpec> = {
  updated_at: { kind: 'ignored' },
  url: { kind: 'ignored' },
  api_url: { kind: 'ignored' },
};

export const IMPORT_FORMATS: Record<TContentImportType, ImportFormat> = {
  documents: {
    type: documentType,
    required: ['slug', 'type', 'original_language'],
    columns: {
      slug: { kind: 'key' },
      type: { kind: 'value', field: 'type', letterCase: 'upper' },
      title: { kind: 'inLanguage', field: 'title', languageColumn: 'title_language' },
      title_language: { kind: 'ignored' },
      // Title and summary of the export come from one translation.
      summary: { kind: 'inLanguage', field: 'summary', languageColumn: 'title_language' },
      original_language: { kind: 'value', field: 'originalLocale', letterCase: 'lower' },
      published_on: { kind: 'value', field: 'publishedOn' },
      date_precision: { kind: 'value', field: 'datePrecision', letterCase: 'upper' },
      ...LINKS,
      ...perLanguage('title'),
      ...perLanguage('summary'),
      external_url: { kind: 'value', field: 'externalUrl' },
      themes: { kind: 'slugs', field: 'themeIds', model: 'theme' },
      countries: { kind: 'slugs', field: 'countryIds', model: 'country' },
      mechanisms: { kind: 'slugs', field: 'mechanismIds', model: 'mechanism' },
      file: { kind: 'file' },
      status: { kind: 'status' },
    },
    toFormValues: toDocumentFormValues,
  },
  events: {
    type: eventType,
    required: ['slug', 'kind', 'original_language', 'starts_on'],
    columns: {
      slug: { kind: 'key' },
      kind: { kind: 'value', field: 'kind', letterCase: 'upper' },
      title: { kind: 'inLanguage', field: 'title', languageColumn: 'title_language' },
      title_language: { kind: 'ignored' },
      summary: { kind: 'inLanguage', field: 'summary', languageColumn: 'title_language' },
      organisers: { kind: 'inLanguage', field: 'organisers', languageColumn: 'title_language' },
      original_language: { kind: 'value', field: 'originalLocale', letterCase: 'lower' },
      starts_on: { kind: 'value', field: 'startsOn' },
      ends_on: { kind: 'value', field: 'endsOn' },
      date_precision: { kind: 'value', field: 'datePrecision', letterCase: 'upper' },
      city: { kind: 'value', field: 'city' },
      online: { kind: 'flag', field: 'online' },
      country_slug: { kind: 'slug', field: 'countryId', model: 'country' },
      country_name: { kind: 'ignored' },
      ...LINKS,
      ...perLanguage('title'),
      ...perLanguage('summary'),
      ...perLanguage('organisers'),
      mechanisms: { kind: 'slugs', field: 'mechanismIds', model: 'mechanism' },
      documents: { kind: 'slugs', field: 'documentIds', model: 'document' },
      status: { kind: 'status' },
    },
    toFormValues: toEventFormValues,
  },
  mechanisms: {
    type: mechanismType,
    required: ['slug', 'country_slug', 'level'],
    columns: {
      slug: { kind: 'key' },
      name: { kind: 'inLanguage', field: 'name', languageColumn: 'name_language' },
      // The official name is in the mechanism's own language: the export has no other column
      // for it (an `original_language` column, if given, comes later and wins).
      name_language: { kind: 'value', field: 'originalLocale', letterCase: 'lower' },
      name_translation: { kind: 'inUrlLanguage', field: 'name' },
      acronym: { kind: 'value', field: 'acronym' },
      country_slug: { kind: 'slug', field: 'countryId', model: 'country' },
      country_name: { kind: 'ignored' },
      level: { kind: 'value', field: 'level', letterCase: 'upper' },
      jurisdiction: { kind: 'value', field: 'jurisdiction' },
      model: { kind: 'value', field: 'model', letterCase: 'upper' },
      operational_status: { kind: 'value', field: 'operationalStatus', letterCase: 'upper' },
      designated_on: { kind: 'value', field: 'designatedOn' },
      designated_year: { kind: 'value', field: 'designatedYear' },
      legal_basis: {
        kind: 'inLanguage',
        field: 'legalBasis',
        languageColumn: 'legal_basis_language',
      },
      legal_basis_language: { kind: 'ignored' },
      legal_basis_date: { kind: 'value', field: 'legalBasisDate' },
      website: { kind: 'value', field: 'website' },
      email: { kind: 'value', field: 'email' },
      phone: { kind: 'value', field: 'phone' },
      address: { kind: 'value', field: 'address' },
      // The export's sources are verified citations, kept with their facts: not the item's lines.
      sources: { kind: 'ignored' },
      ...LINKS,
      ...perLanguage('name'),
      ...perLanguage('legalBasis', 'legal_basis'),
      ...perLanguage('notes'),
      original_language: { kind: 'value', field: 'originalLocale', letterCase: 'lower' },
      status: { kind: 'status' },
    },
    toFormValues: toMechanismFormValues,
  },
};
