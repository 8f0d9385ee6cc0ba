import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { EntityCitations } from '@/server/sources/get-entity-citations';

export type EntityFactsViewProps = { entity: EntityCitations; saved: boolean };

/** A country's or mechanism's facts with their sources and verification dates. */
export const EntityFactsView = async ({ entity, saved }: EntityFactsViewProps) => {
  const t = await getTranslations('AdminSources');
  const editPath = `/admin/${entity.entityType === 'country' ? 'countries' : 'mechanisms'}/${entity.id}`;
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('facts.heading', { name: entity.label })}
        back={{ href: editPath, label: t('entityType', { type: entity.entityType }) }}
        actions={
          <Link href={entity.path} className="text-brand-700 underline">
            {t('facts.viewPublic')}
          </Link>
        }
      >
        <p className="max-w-3xl text-slate-700">{t('facts.intro')}</p>
      </AdminPageHeader>
      <FlashMessage message={saved ? t('done.saved') : null} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('facts.heading', { name: entity.label })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="p-2">
                {t('facts.columnFact')}
              </th>
              <th scope="col" className="p-2">
                {t('facts.columnSources')}
              </th>
              <th scope="col" className="p-2">
                {t('verifiedLabel')}
              </th>
              <td className="p-2" />
            </tr>
          </thead>
          <tbody>
            {entity.facts.map(({ fact, citation }) => {
              const label = t('factLabel', { fact });
              return (
                <tr key={fact} className="border-b border-slate-200 align-top" data-fact={fact}>
                  <th scope="row" className="p-2">
                    {label}
                  </th>
                  <td className="p-2">
                    {citation && citation.sources.length > 0 ? (
                      <ul className="list-disc space-y-1 ps-4">
                        {citation.sources.map((source) => (
                          <li key={source.id} lang={source.lang ?? undefined}>
                            {source.title}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-slate-700">{t('noSource')}</span>
                    )}
                  </td>
                  <td className="p-2">
                    {citation?.verifiedOn ? (
                      <FormattedDate
                        date={citation.verifiedOn}
                        precision={citation.verifiedPrecision}
                        format="short"
                      />
                    ) : (
                      t('notVerified')
                    )}
                  </td>
                  <td className="p-2">
                    <Link
                      href={`/admin/sources/facts/${entity.entityType}/${entity.id}/${fact}`}
                      className="text-brand-700 underline"
                      aria-label={t('facts.editLabel', { fact: label })}
                    >
                      {t('facts.edit')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
};
