import { getTranslations } from 'next-intl/server';

import { buildFieldLabels } from '@/components/admin/field-labels';
import type { getChangeRequest } from '@/server/changes/get-change-request';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type ChangeDiffTableProps = {
  change: NonNullable<Awaited<ReturnType<typeof getChangeRequest>>>;
  options: Record<RelationKind, RelationOption[]>;
};

const RELATION_FIELDS: Record<string, RelationKind> = {
  themeIds: 'themes',
  countryIds: 'countries',
  mechanismIds: 'mechanisms',
  documentIds: 'documents',
  eventIds: 'events',
  countryId: 'countries',
};

/**
 * Before and after as plain text: React escapes everything, so a proposal's markup is shown,
 * never run.
 */
export const ChangeDiffTable = async ({ change, options }: ChangeDiffTableProps) => {
  const [t, tDocs, tEvents, tMech, tNews, tForm, tFollowUp, tCoop] = await Promise.all([
    getTranslations('AdminChanges'),
    getTranslations('AdminDocuments'),
    getTranslations('AdminEvents'),
    getTranslations('AdminMechanisms'),
    getTranslations('AdminNews'),
    getTranslations('AdminForm'),
    getTranslations('MyRecommendations'),
    getTranslations('AdminCooperations'),
  ]);
  const labels = await buildFieldLabels(
    {
      acronym: tMech('acronym'),
      website: tMech('website'),
      email: tMech('email'),
      phone: tMech('phone'),
      address: tMech('address'),
      type: tDocs('type'),
      kind: change.entityType === 'cooperation' ? tCoop('kind') : tEvents('kind'),
      startedOn: tCoop('startedOn'),
      startedYear: tCoop('startedYear'),
      originalLocale: tForm('originalLocale'),
      publishedOn: change.entityType === 'news' ? tNews('publishedOn') : tDocs('publishedOn'),
      externalUrl: tDocs('externalUrl'),
      sources: tForm('sources'),
      slug: tForm('slug'),
      themeIds: tDocs('themes'),
      countryIds: tDocs('countries'),
      mechanismIds: change.entityType === 'cooperation' ? tCoop('mechanisms') : tDocs('mechanisms'),
      startsOn: tEvents('startsOn'),
      endsOn: tEvents('endsOn'),
      datePrecision: tEvents('datePrecision'),
      city: tEvents('city'),
      countryId: tEvents('country'),
      online: tEvents('online'),
      documentIds: change.entityType === 'cooperation' ? tCoop('documents') : tEvents('documents'),
      eventIds: tNews('events'),
      recommendationId: tFollowUp('recommendation'),
      reportedOn: tFollowUp('reportedOn'),
      implementation: tFollowUp('implementation'),
      evidenceUrl: tFollowUp('evidenceUrl'),
    },
    {
      name: tMech('name'),
      legalBasis: tMech('legalBasis'),
      notes: tMech('notes'),
      title: tDocs('title'),
      summary: tDocs('summary'),
      organisers: tEvents('organisers'),
      body: tNews('body'),
      imageAlt: tNews('imageAlt'),
      text: tFollowUp('followUpText'),
    },
  );
  const show = (name: string, value: string) => {
    if (!value) return <span className="text-slate-600">{t('emptyValue')}</span>;
    const kind = RELATION_FIELDS[name];
    if (!kind) return <span className="whitespace-pre-wrap">{value}</span>;
    const byId = new Map(options[kind].map((o) => [o.id, o.label]));
    return value
      .split(', ')
      .map((id) => byId.get(id) ?? id)
      .join('; ');
  };
  if (change.diff.length === 0) return <p>{t('noDifferences')}</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-xl font-semibold">{t('diffCaption')}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="p-2">
            {t('field')}
          </th>
          <th scope="col" className="p-2">
            {t('before')}
          </th>
          <th scope="col" className="p-2">
            {t('after')}
          </th>
        </tr>
      </thead>
      <tbody>
        {change.diff.map((row) => (
          <tr key={row.name} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2">
              {labels[row.name] ?? row.name}
            </th>
            <td className="bg-red-50 p-2 break-words">
              <del className="no-underline">{show(row.name, row.before)}</del>
            </td>
            <td className="bg-green-50 p-2 break-words">
              <ins className="no-underline">{show(row.name, row.after)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
