import { DOCUMENTS } from '../../../prisma/seed/document-data';
import { SUBDIVISION_RECORDS } from '../coverage/subdivisions';
import {
  CONTACT_RECORDS,
  type ContactRecord,
  DOCUMENT_RECORDS,
  LOCAL_MECHANISM_RECORDS,
  OPCAT_RECORDS,
  type OpcatRecord,
  SEEDED_DOCUMENT_RECORDS,
  SOURCE_RECORDS,
} from './data-files';
import {
  citationKey,
  countryLocale,
  countrySlug,
  legalBasisLocale,
  localSlug,
  nationalSlug,
} from './data-keys';
import type { DocumentCreate } from './document-adapter';
import {
  type EntityState,
  lookup,
  MODELS,
  OPCAT_STATUSES,
  SUBREGIONS,
  treatyAction,
} from './entity-state';
import type { FieldValue, FieldValues } from './field-values';
import { recommendationStates } from './recommendation-states';

/** Treaty facts were checked against the UNTC status pages as at 3 Feb 2026. */
const UNTC_CHECK = { verifiedOn: '2026-02-03', verifiedPrecision: 'DAY' };
/** The curated files were compiled in December 2026; no day is recorded. */
const CURATED_CHECK = { verifiedOn: '2026-12-01', verifiedPrecision: 'MONTH' };
/** opcat-latam.json records no date for when its other facts were read. */
const NO_CHECK = { verifiedOn: null, verifiedPrecision: 'DAY' };

type Check = typeof UNTC_CHECK | typeof NO_CHECK;

/** Keys of sources that are the text of a law or decree (see sources.json). */
const LAW_SOURCE = /(^|-)(ley|lei|decreto|legislacao)(-|$)/;

/** Sources that back treaty dates only: they do not speak to NPM facts. */
const TREATY_SOURCES = new Set(['untc-cat', 'untc-opcat', 'ohchr-cat-export-2024']);

const sourceKeyByMatch = new Map(
  SOURCE_RECORDS.filter((s) => s.match).map((s) => [s.match as string, s.key]),
);

const sourceKeysOf = (record: OpcatRecord) =>
  record.sources.map((raw) => {
    const key = sourceKeyByMatch.get(raw);
    if (!key) throw new Error(`No entry in sources.json for ${record.iso2}'s source: ${raw}`);
    return key;
  });

const citation = (
  entityType: 'country' | 'mechanism',
  entityKey: string,
  fact: string,
  sources: string[],
  check: Check,
): EntityState => ({
  type: 'citation',
  key: citationKey(entityType, entityKey, fact),
  fields: { sources: [...sources].sort(), ...check },
  create: { entityType, entityKey, fact },
});

const contactFor = (key: string): ContactRecord | undefined =>
  CONTACT_RECORDS.find((contact) => contact.mechanism === key);

const CONTACT_FACTS = ['website', 'email', 'phone', 'address'] as const;

const contactFields = (contact: ContactRecord | undefined, website: string | null = null) => ({
  website: contact?.website ?? website,
  email: contact?.email ?? null,
  phone: contact?.phone ?? null,
  address: contact?.address ?? null,
});

const contactCitations = (
  slug: string,
  fields: FieldValues,
  contact: ContactRecord | undefined,
  fallbackSources: string[],
) =>
  CONTACT_FACTS.filter((fact) => fields[fact] !== null).map((fact) =>
    contact?.[fact]
      ? citation('mechanism', slug, fact, contact.sources, CURATED_CHECK)
      : citation('mechanism', slug, fact, fallbackSources, NO_CHECK),
  );

const joinNotes = (...notes: (string | null | undefined)[]): FieldValue =>
  notes.filter((note) => !!note).join('\n\n') || null;

const designation = (designated: number | string) =>
  typeof designated === 'number'
    ? { designatedYear: designated, designatedOn: null }
    : { designatedYear: Number(designated.slice(0, 4)), designatedOn: designated };

const countryStates = (record: OpcatRecord): EntityState[] => {
  const treaty = (fact: string, sources: string[]) =>
    citation('country', record.iso2, fact, sources, UNTC_CHECK);
  return [
    {
      type: 'country',
      key: record.iso2,
      fields: {
        subregion: lookup(SUBREGIONS, record.subregion, 'subregion'),
        federal: record.federal,
        catRatifiedOn: record.cat.ratified,
        catBy: treatyAction(record.cat.by),
        opcatStatus: lookup(OPCAT_STATUSES, record.opcat.status, 'OPCAT status'),
        opcatSignedOn: record.opcat.signed,
        opcatRatifiedOn: record.opcat.ratified,
        opcatBy: treatyAction(record.opcat.by),
        // UNTC (3 Feb 2026) lists no art. 24 declaration by any of the 20 States.
        npmPostponedTo: null,
        sources: record.sources,
        staffNotes: record.notes,
        'name.es': record.name.es,
        'name.pt': record.name.pt,
        'name.en': record.name.en,
      },
      create: { iso3: record.iso3, slug: countrySlug(record) },
    },
    treaty('cat', ['untc-cat', 'ohchr-cat-export-2024']),
    treaty('opcatStatus', ['untc-opcat']),
    treaty('opcatSigned', ['untc-opcat']),
    treaty('opcatRatified', ['untc-opcat']),
    treaty('art24', ['untc-opcat']),
    citation(
      'country',
      record.iso2,
      'record',
      sourceKeysOf(record).filter((key) => !TREATY_SOURCES.has(key)),
      NO_CHECK,
    ),
  ];
};

const nationalStates = (record: OpcatRecord): EntityState[] => {
  const npm = record.npm;
  if (!npm) return [];
  const slug = nationalSlug(record);
  const legalIn = legalBasisLocale(record.iso2, npm.legalBasis);
  const contact = contactFor(`${record.iso2}/national`);
  const recordSources = sourceKeysOf(record).filter((key) => !TREATY_SOURCES.has(key));
  // SOURCES.md: APT's OPCAT database is the main source for NPM designation, type and legal
  // framework, with the national legal texts for the legal basis.
  const apt = recordSources.filter((key) => key.startsWith('apt-'));
  const laws = recordSources.filter((key) => LAW_SOURCE.test(key));
  const npmSources = apt.length > 0 ? apt : recordSources;
  const lawSources = [...new Set([...laws, ...npmSources])];
  const fields: FieldValues = {
    acronym: npm.acronym,
    model: lookup(MODELS, npm.model, 'model'),
    // opcat-latam.json lists each NPM as legally designated; operations are not assessed.
    operationalStatus: 'DESIGNATED',
    originalLocale: countryLocale(record.iso2),
    ...designation(npm.designated),
    ...contactFields(contact, npm.website),
    sources: record.sources,
    staffNotes: joinNotes(contact?.staffNote),
    'name.es': npm.name.es,
    'name.pt': npm.name.pt,
    'name.en': npm.name.en,
    [`legalBasis.${legalIn}`]: npm.legalBasis,
  };
  return [
    {
      type: 'mechanism',
      key: slug,
      fields,
      create: { country: record.iso2, level: 'NATIONAL', parent: null },
    },
    ...['name', 'designation', 'model'].map((fact) =>
      citation('mechanism', slug, fact, npmSources, NO_CHECK),
    ),
    citation('mechanism', slug, 'legalBasis', lawSources, NO_CHECK),
    ...contactCitations(slug, fields, contact, npmSources),
  ];
};

/** The ISO 3166-2 code of a local mechanism's state or province, found by its name. */
const subdivisionCode = (iso2: string, jurisdiction: string) => {
  const units = SUBDIVISION_RECORDS[iso2]?.units ?? [];
  const unit = units.find((u) => u.name === jurisdiction);
  if (!unit) throw new Error(`subdivisions.json has no unit named ${jurisdiction} in ${iso2}`);
  return unit.code;
};

const localStates = (record: OpcatRecord): EntityState[] =>
  LOCAL_MECHANISM_RECORDS.filter((local) => local.country === record.iso2).flatMap((local) => {
    const slug = localSlug(record, local.jurisdiction);
    const contact = contactFor(`${record.iso2}/${local.jurisdiction}`);
    const language = local.nameLang ?? countryLocale(record.iso2);
    const fields: FieldValues = {
      jurisdiction: local.jurisdiction,
      subdivisionCode: subdivisionCode(record.iso2, local.jurisdiction),
      acronym: local.acronym,
      model: null,
      // The data does not say whether a local mechanism operates: unknown.
      operationalStatus: null,
      originalLocale: language,
      designatedYear: local.established,
      designatedOn: null,
      ...contactFields(contact),
      sources: local.sources,
      staffNotes: joinNotes(local.nameNote, local.staffNote, contact?.staffNote),
      [`name.${language}`]: local.name,
      'name.en': local.englishName,
      [`legalBasis.${language}`]: local.legalBasis,
    };
    const facts = ['legalBasis', 'designation', ...(local.name ? ['name'] : [])];
    return [
      {
        type: 'mechanism' as const,
        key: slug,
        fields,
        create: { country: record.iso2, level: 'LOCAL', parent: nationalSlug(record) },
      },
      ...facts.map((fact) => citation('mechanism', slug, fact, local.sources, CURATED_CHECK)),
      ...contactCitations(slug, fields, contact, local.sources),
    ];
  });

/**
 * The library: the six documents of the first seed (texts from prisma/seed/document-data.ts) with
 * the links and dates found since, and the documents of documents.json. The data update keeps
 * each one's link and date; titles, descriptions and relations are editors' once created.
 */
const documentStates = (): EntityState[] => {
  const seeded = DOCUMENTS.map((doc): EntityState => {
    const found = SEEDED_DOCUMENT_RECORDS.find((record) => record.slug === doc.slug);
    if (!found) throw new Error(`documents.json has no entry for the seeded ${doc.slug}`);
    const create: DocumentCreate = {
      type: doc.type,
      originalLocale: doc.originalLocale,
      texts: doc.texts,
      countries: doc.countries,
      mechanisms: doc.mechanisms,
      themes: doc.themes,
      sources: doc.sources,
    };
    return {
      type: 'document',
      key: doc.slug,
      fields: {
        externalUrl: found.externalUrl,
        publishedOn: found.publishedOn,
        datePrecision: found.datePrecision,
      },
      create,
    };
  });
  const curated = DOCUMENT_RECORDS.map((doc): EntityState => {
    const create: DocumentCreate = {
      type: doc.type,
      originalLocale: doc.originalLocale,
      texts: { [doc.textLocale]: { title: doc.title, summary: doc.summary } },
      countries: doc.countries,
      mechanisms: doc.mechanisms,
      themes: [],
      sources: doc.sources,
    };
    return {
      type: 'document',
      key: doc.slug,
      fields: {
        externalUrl: doc.externalUrl,
        publishedOn: doc.publishedOn,
        datePrecision: doc.datePrecision,
      },
      create,
    };
  });
  return [...seeded, ...curated];
};

/**
 * Every row prisma/data describes, as the seed creates it and the data update keeps it: sources,
 * countries, national then local mechanisms, library documents, quoted recommendations, and the
 * citations of each displayed fact.
 */
export const buildDesiredState = (): EntityState[] => {
  const sources: EntityState[] = SOURCE_RECORDS.map((source) => ({
    type: 'source',
    key: source.key,
    fields: {
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      lang: source.lang,
      accessedOn: source.accessedOn,
    },
  }));
  const states = [
    ...OPCAT_RECORDS.flatMap(countryStates),
    ...OPCAT_RECORDS.flatMap(nationalStates),
    ...OPCAT_RECORDS.flatMap(localStates),
  ];
  const recommendations = recommendationStates();
  // Citations last: they point at the rows above.
  return [
    ...sources,
    ...recommendations.sources,
    ...states.filter((state) => state.type !== 'citation'),
    ...documentStates(),
    ...recommendations.recommendations,
    ...states.filter((state) => state.type === 'citation'),
  ];
};
