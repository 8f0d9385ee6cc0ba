import 'server-only';

import { getTranslations } from 'next-intl/server';

import type { AuditFieldChange } from '@/server/audit/diff-audit-values';

type Labels = Record<string, string>;

export type AuditLabels = {
  /** The field's name as its form labels it (translated ones with their language), or null. */
  field: (entityType: string | null, change: AuditFieldChange) => string | null;
  /** A code (language, status, type…) in words, as the forms' choices say it; else null. */
  value: (entityType: string | null, key: string, value: string) => string | null;
  /**
   * Where a change goes in the table: fields in their form's order (stored snapshots keep
   * theirs in no useful order), then unknown ones, then the texts per language.
   */
  rank: (entityType: string | null, change: AuditFieldChange) => number;
};

/**
 * Labels for the audit log's changed fields, taken from the forms' own messages so a field is
 * called the same in the form and in the log. Fields no form shows get null: the view then
 * shows the stored key as code.
 */
export const getAuditLabels = async (): Promise<AuditLabels> => {
  const [tForm, tDocs, tEvents, tNews, tMech, tCountries, tCoop, tThemes, tSources, tUsers] =
    await Promise.all([
      getTranslations('AdminForm'),
      getTranslations('AdminDocuments'),
      getTranslations('AdminEvents'),
      getTranslations('AdminNews'),
      getTranslations('AdminMechanisms'),
      getTranslations('AdminCountries'),
      getTranslations('AdminCooperations'),
      getTranslations('AdminThemes'),
      getTranslations('AdminSources'),
      getTranslations('AdminUsers'),
    ]);
  const [tTreaty, tCorrections, tChanges, tAudit] = await Promise.all([
    getTranslations('TreatyStatus.form'),
    getTranslations('AdminCorrections'),
    getTranslations('AdminChanges'),
    getTranslations('AdminAudit'),
  ]);
  const [tDocument, tEvent, tLevel, tMechanism, tSubregion, tOpcat] = await Promise.all([
    getTranslations('Document'),
    getTranslations('Event'),
    getTranslations('MechanismLevel'),
    getTranslations('Mechanism'),
    getTranslations('Subregion'),
    getTranslations('OpcatStatus'),
  ]);

  const common: Labels = {
    slug: tForm('slug'),
    originalLocale: tForm('originalLocale'),
    sources: tForm('sources'),
    status: tForm('statusLabel'),
    staffNotes: tSources('staffNotes'),
    entityType: tAudit('columnEntity'),
  };
  const byType: Record<string, Labels> = {
    document: {
      type: tDocs('type'),
      publishedOn: tDocs('publishedOn'),
      datePrecision: tEvents('datePrecision'),
      externalUrl: tDocs('externalUrl'),
      fileId: tDocs('file'),
      filename: tDocs('file'),
      title: tDocs('title'),
      summary: tDocs('summary'),
      themes: tDocs('themes'),
      countries: tDocs('countries'),
      mechanisms: tDocs('mechanisms'),
    },
    event: {
      kind: tEvents('kind'),
      startsOn: tEvents('startsOn'),
      endsOn: tEvents('endsOn'),
      datePrecision: tEvents('datePrecision'),
      city: tEvents('city'),
      countryId: tEvents('country'),
      online: tEvents('online'),
      title: tEvents('title'),
      summary: tEvents('summary'),
      organisers: tEvents('organisers'),
      mechanisms: tEvents('mechanisms'),
      documents: tEvents('documents'),
    },
    news: {
      publishedOn: tNews('publishedOn'),
      imageId: tNews('image'),
      filename: tNews('image'),
      title: tNews('title'),
      summary: tNews('summary'),
      body: tNews('body'),
      imageAlt: tNews('imageAlt'),
      countries: tNews('countries'),
      mechanisms: tNews('mechanisms'),
      themes: tNews('themes'),
      documents: tNews('documents'),
      events: tNews('events'),
    },
    mechanism: {
      countryId: tMech('country'),
      level: tMech('level'),
      parentId: tMech('parent'),
      jurisdiction: tMech('jurisdiction'),
      acronym: tMech('acronym'),
      model: tMech('model'),
      operationalStatus: tMech('operationalStatus'),
      legalBasisDate: tMech('legalBasisDate'),
      designatedYear: tMech('designatedYear'),
      designatedOn: tMech('designatedOn'),
      website: tMech('website'),
      email: tMech('email'),
      phone: tMech('phone'),
      address: tMech('address'),
      name: tMech('name'),
      legalBasis: tMech('legalBasis'),
      notes: tSources('publicNote'),
    },
    country: {
      iso2: tCountries('iso2'),
      iso3: tCountries('iso3'),
      subregion: tCountries('subregion'),
      federal: tCountries('federal'),
      catStatus: tTreaty('catStatus'),
      catRatifiedOn: tCountries('catRatifiedOn'),
      catBy: tTreaty('catBy'),
      opcatStatus: tCountries('opcatStatus'),
      opcatSignedOn: tCountries('opcatSignedOn'),
      opcatRatifiedOn: tCountries('opcatRatifiedOn'),
      opcatBy: tTreaty('opcatBy'),
      npmPostponedTo: tCountries('npmPostponedTo'),
      name: tCountries('name'),
      notes: tSources('publicNote'),
    },
    cooperation: {
      kind: tCoop('kind'),
      startedOn: tCoop('startedOn'),
      startedYear: tCoop('startedYear'),
      title: tCoop('title'),
      summary: tCoop('summary'),
      mechanisms: tCoop('mechanisms'),
      documents: tCoop('documents'),
    },
    theme: { label: tThemes('label') },
    source: {
      title: tSources('title'),
      publisher: tSources('publisher'),
      url: tSources('url'),
      lang: tSources('lang'),
      accessedOn: tSources('accessedOn'),
    },
    factCitation: {
      fact: tSources('facts.columnFact'),
      verifiedOn: tSources('facts.verifiedOn'),
      sources: tSources('facts.sourcesLegend'),
    },
    user: {
      email: tUsers('email'),
      name: tUsers('name'),
      role: tUsers('roleLabel'),
      mechanismId: tUsers('mechanism'),
      active: tUsers('columnStatus'),
    },
    correction: {
      field: tCorrections('field'),
      value: tCorrections('appliedValue'),
      sourceUrl: tCorrections('source'),
      note: tCorrections('note'),
    },
    change: { note: tChanges('note') },
  };

  const field: AuditLabels['field'] = (entityType, { key, locale }) => {
    const label = (entityType && byType[entityType]?.[key]) ?? common[key];
    if (!label) return null;
    return locale ? `${label} (${tForm('languageName', { locale })})` : label;
  };

  // Codes whose words the forms' choices already have; other values are shown as stored.
  const words: Record<string, (value: string) => string> = {
    originalLocale: (locale) => tForm('languageName', { locale }),
    role: (role) => tUsers('role', { role }),
    datePrecision: (precision) => tEvents('datePrecisionLabel', { precision }),
    level: (level) => tLevel('label', { level }),
    model: (model) => tMechanism('modelLabel', { model }),
    operationalStatus: (status) => tMechanism('statusLabel', { status }),
    subregion: (subregion) => tSubregion('label', { subregion }),
    opcatStatus: (status) => tOpcat('label', { status }),
    catBy: (by) => tTreaty('by', { by }),
    opcatBy: (by) => tTreaty('by', { by }),
  };
  const wordsByType: Record<string, Record<string, (value: string) => string>> = {
    document: { type: (type) => tDocument('typeLabel', { type }) },
    event: { kind: (kind) => tEvent('kindLabel', { kind }) },
    cooperation: { kind: (kind) => tCoop('kindLabel', { kind }) },
  };
  const CONTENT_STATUS = new Set(['DRAFT', 'PUBLISHED']);

  const value: AuditLabels['value'] = (entityType, key, stored) => {
    if (key === 'status')
      return CONTENT_STATUS.has(stored) ? tForm('status', { status: stored }) : null;
    const say = (entityType && wordsByType[entityType]?.[key]) ?? words[key];
    return say ? say(stored) : null;
  };

  const rank: AuditLabels['rank'] = (entityType, { key, locale }) => {
    const order = [
      ...Object.keys((entityType && byType[entityType]) ?? {}),
      ...Object.keys(common),
    ];
    if (locale) return order.length + 1;
    const index = order.indexOf(key);
    return index === -1 ? order.length : index;
  };

  return { field, value, rank };
};
