import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { FormattedDate } from '@/components/ui/formatted-date';
import { Link } from '@/i18n/link';
import type { findChangeRequests } from '@/server/changes/find-change-requests';
import { toMechanismLabel } from '@/server/mechanisms/to-mechanism-label';

export type ChangesViewProps = {
  locale: Locale;
  changes: Awaited<ReturnType<typeof findChangeRequests>>;
  /** The focal point's own list shows the decision instead of a review link. */
  own?: boolean;
};

export const ChangesView = async ({ locale, changes, own = false }: ChangesViewProps) => {
  const t = await getTranslations('AdminChanges');
  if (changes.length === 0) return <p>{own ? t('myEmpty') : t('empty')}</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{own ? t('myHeading') : t('heading')}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="p-2">
            {t('columnChange')}
          </th>
          <th scope="col" className="p-2">
            {t('columnMechanism')}
          </th>
          <th scope="col" className="p-2">
            {own ? t('columnStatus') : t('columnProposer')}
          </th>
          <th scope="col" className="p-2">
            {t('columnDate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.id} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2 font-normal">
              {own ? (
                t('entityType', { type: change.entityType })
              ) : (
                <Link href={`/admin/changes/${change.id}`} className="text-brand-700 underline">
                  {t('entityType', { type: change.entityType })}
                </Link>
              )}
            </th>
            <td className="p-2">
              {change.mechanism ? toMechanismLabel(change.mechanism, locale) : '—'}
            </td>
            <td className="p-2">
              {own ? (
                <>
                  {t('statusLabel', { status: change.status })}
                  {change.reviewNote && (
                    <p className="text-sm text-slate-700">
                      {t('reviewNote', { note: change.reviewNote })}
                    </p>
                  )}
                </>
              ) : (
                change.proposedBy.email
              )}
            </td>
            <td className="p-2 text-sm">
              <FormattedDate date={change.createdAt} format="short" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
