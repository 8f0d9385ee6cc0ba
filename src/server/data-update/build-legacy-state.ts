import { PREVIOUS_OPCAT_RECORDS } from './data-files';
import { countryLocale, legalBasisLocale, localSlug, nationalSlug } from './data-keys';
import { type EntityState, lookup, MODELS, OPCAT_STATUSES, SUBREGIONS } from './entity-state';
import type { FieldValues } from './field-values';

/** The six documents of the first seed: their dates as it wrote them, with no link. */
const LEGACY_DOCUMENT_DATES: Record<string, string | null> = {
  'buenos-aires-declaration-2013': null,
  'peru-congress-approves-npm-law-2014': null,
  'cndh-communique-dgddh-255-2024': '2024-09-04',
  'nhri-upr-torture-prevention-project': null,
  'apt-latin-america-programme': null,
  'omct-peru-country-profile': null,
};

const designation = (designated: number | string) =>
  typeof designated === 'number'
    ? { designatedYear: designated, designatedOn: null }
    : { designatedYear: Number(designated.slice(0, 4)), designatedOn: designated };

/**
 * What the first seed (prisma/data/previous) wrote to each field the data update manages: on a
 * database seeded before the update existed, a field still holding this value is untouched by
 * editors, so a correction may replace it. Research notes count as moved to staff notes.
 */
export const buildLegacyState = (): EntityState[] => {
  const states: EntityState[] = [];
  for (const record of PREVIOUS_OPCAT_RECORDS) {
    states.push({
      type: 'country',
      key: record.iso2,
      fields: {
        subregion: lookup(SUBREGIONS, record.subregion, 'subregion'),
        federal: record.federal,
        catRatifiedOn: record.cat.ratified,
        catBy: null,
        opcatStatus: lookup(OPCAT_STATUSES, record.opcat.status, 'OPCAT status'),
        opcatSignedOn: record.opcat.signed,
        opcatRatifiedOn: record.opcat.ratified,
        opcatBy: null,
        npmPostponedTo: null,
        sources: record.sources,
        staffNotes: record.notes,
        'name.es': record.name.es,
        'name.pt': record.name.pt,
        'name.en': record.name.en,
      },
    });
    const npm = record.npm;
    if (!npm) continue;
    const legalIn = legalBasisLocale(record.iso2, npm.legalBasis);
    states.push({
      type: 'mechanism',
      key: nationalSlug(record),
      fields: {
        acronym: npm.acronym,
        model: lookup(MODELS, npm.model, 'model'),
        operationalStatus: 'DESIGNATED',
        originalLocale: countryLocale(record.iso2),
        ...designation(npm.designated),
        website: npm.website,
        email: null,
        phone: null,
        address: null,
        sources: record.sources,
        staffNotes: null,
        'name.es': npm.name.es,
        'name.pt': npm.name.pt,
        'name.en': npm.name.en,
        'legalBasis.es': legalIn === 'es' ? npm.legalBasis : null,
        'legalBasis.pt': legalIn === 'pt' ? npm.legalBasis : null,
        'legalBasis.en': legalIn === 'en' ? npm.legalBasis : null,
      },
    });
    for (const local of record.localMechanisms) {
      const fields: FieldValues = {
        jurisdiction: local.jurisdiction,
        acronym: null,
        model: null,
        operationalStatus: null,
        originalLocale: local.nameLang === 'en' ? 'en' : countryLocale(record.iso2),
        designatedYear: local.established,
        designatedOn: null,
        website: null,
        email: null,
        phone: null,
        address: null,
        sources: record.sources,
        staffNotes: local.status ?? null,
        'name.en': local.name,
        'legalBasis.en': local.legalBasis,
      };
      states.push({ type: 'mechanism', key: localSlug(record, local.jurisdiction), fields });
    }
  }
  for (const [slug, publishedOn] of Object.entries(LEGACY_DOCUMENT_DATES)) {
    states.push({
      type: 'document',
      key: slug,
      fields: { publishedOn, datePrecision: 'DAY', externalUrl: null },
    });
  }
  return states;
};
