// The sourced data in prisma/data (see prisma/data/SOURCES.md), typed. The seed and the data
// update both read it from here, so a fresh database and an updated one hold the same facts.
import contactRecords from '../../../prisma/data/contacts.json' with { type: 'json' };
import documentRecords from '../../../prisma/data/documents.json' with { type: 'json' };
import localRecords from '../../../prisma/data/local-mechanisms.json' with { type: 'json' };
import opcatRecords from '../../../prisma/data/opcat-latam.json' with { type: 'json' };
import previousOpcatRecords from '../../../prisma/data/previous/opcat-latam.json' with { type: 'json' };
import recommendationRecords from '../../../prisma/data/recommendations/recommendations.json' with { type: 'json' };
import sourceRecords from '../../../prisma/data/sources.json' with { type: 'json' };

type Names = { es: string; pt: string; en: string };
export type TreatyBy = 'ratification' | 'accession';

export type NpmRecord = {
  name: Names;
  acronym: string | null;
  model: 'ombudsperson_or_nhri' | 'new_specialised_body' | 'multiple_bodies' | 'other';
  legalBasis: string;
  /** Year of legal designation, or a full YYYY-MM-DD date when known. */
  designated: number | string;
  website: string | null;
};

export type OpcatLocalRecord = {
  jurisdiction: string;
  name: string | null;
  nameLang: 'en' | 'es' | null;
  established: number | null;
  legalBasis: string;
  status?: string;
};

/** One record of opcat-latam.json (fields described in prisma/data/SOURCES.md). */
export type OpcatRecord = {
  iso2: string;
  iso3: string;
  name: Names;
  subregion: string;
  federal: boolean;
  cat: { ratified: string | null; by?: TreatyBy };
  opcat: { signed: string | null; ratified: string | null; status: string; by?: TreatyBy };
  npm: NpmRecord | null;
  localMechanisms: OpcatLocalRecord[];
  sources: string[];
  notes: string;
};

/** One record of local-mechanisms.json: official names and laws from the curated files. */
export type LocalMechanismRecord = {
  country: string;
  jurisdiction: string;
  /** The official name in its own language; null when no source gives one. */
  name: string | null;
  nameLang: 'es' | 'pt' | null;
  /** Shown to editors: how sure the name is. */
  nameNote: string | null;
  acronym: string | null;
  /** APT's English rendering, kept as the English translation where it fits the name. */
  englishName: string | null;
  /** Year of the creating law. */
  established: number | null;
  /** The law, written in the mechanism's language. */
  legalBasis: string;
  sources: string[];
  staffNote: string | null;
};

/** One record of contacts.json. `mechanism` is `<ISO2>/national` or `<ISO2>/<jurisdiction>`. */
export type ContactRecord = {
  mechanism: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  sources: string[];
  staffNote: string | null;
};

/** One record of sources.json; `match` is the raw string opcat-latam.json cites it by. */
export type SourceRecord = {
  key: string;
  match: string | null;
  title: string;
  publisher: string | null;
  url: string | null;
  lang: string | null;
  accessedOn: string | null;
};

/** One library document of documents.json: a real document with its link, from the curated files. */
export type DocumentRecord = {
  slug: string;
  /** Where it comes from in curated/ (file and index). */
  curated: string;
  type: 'REPORT' | 'GUIDE' | 'DECLARATION' | 'LAW' | 'RECOMMENDATION';
  originalLocale: 'es' | 'pt' | 'en';
  /** The language the title (and our description) is written in: that of the linked copy. */
  textLocale: 'es' | 'pt' | 'en';
  title: string;
  /** Our own short description, in `textLocale`. */
  summary: string;
  publishedOn: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR';
  externalUrl: string;
  publisher: string | null;
  countries: string[];
  mechanisms: string[];
  sources: string[];
};

/** The link and date of one of the six documents the first seed created. */
export type SeededDocumentRecord = {
  slug: string;
  externalUrl: string | null;
  publishedOn: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR';
  curated: string | null;
  note: string;
};

/**
 * One recommendation of recommendations/recommendations.json: a paragraph of a CAT or SPT document
 * quoted word for word from the copy at `sourceUrl` (provenance in recommendations/SOURCES.md).
 */
export type RecommendationRecord = {
  slug: string;
  body: 'CAT' | 'SPT';
  symbol: string;
  paragraph: string;
  /** The document's date (YYYY-MM-DD). */
  issuedOn: string;
  /** ISO 3166-1 alpha-2 of the State party. */
  country: string;
  /** Slugs of the mechanisms the text concerns (its NPM, when it is about the NPM). */
  mechanisms: string[];
  themes: string[];
  /** The language of `text`, the version that was read. */
  textLocale: 'es' | 'pt' | 'en';
  /** The document's original language when the copy read says so; null when it does not. */
  documentLanguage: 'es' | 'pt' | 'en' | null;
  text: string;
  sourceUrl: string;
  /** Title of the Source row that records the copy read. */
  sourceTitle: string;
};

export const OPCAT_RECORDS = opcatRecords as OpcatRecord[];
/** The data the first seed was made from: what an untouched old database still holds. */
export const PREVIOUS_OPCAT_RECORDS = previousOpcatRecords as OpcatRecord[];
export const LOCAL_MECHANISM_RECORDS = localRecords as LocalMechanismRecord[];
export const CONTACT_RECORDS = contactRecords as ContactRecord[];
export const SOURCE_RECORDS = sourceRecords as SourceRecord[];
export const DOCUMENT_RECORDS = documentRecords.documents as DocumentRecord[];
export const SEEDED_DOCUMENT_RECORDS = documentRecords.seeded as SeededDocumentRecord[];
export const RECOMMENDATION_RECORDS = recommendationRecords as RecommendationRecord[];
