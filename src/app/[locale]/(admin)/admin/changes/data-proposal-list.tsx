import { getTranslations } from 'next-intl/server';

import { ActionButton } from '@/components/admin/action-button';
import { FlashMessage } from '@/components/admin/flash-message';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { AppLocale } from '@/i18n/routing';
import { decideDataProposalAction } from '@/server/data-review/actions';
import type { DataProposalItem } from '@/server/data-review/find-data-proposals';

export type DataProposalListProps = {
  locale: AppLocale;
  proposals: DataProposalItem[];
  done?: 'created' | 'saved' | 'accepted' | 'dismissed' | 'conflict';
};

/** A stored value as text: lists joined, nothing as a dash. */
const show = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(show).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/**
 * Corrections from prisma/data to fields editors changed, and differences the treaty check found
 * with UNTC (shown with their source): each waits for accept or dismiss.
 */
export const DataProposalList = async ({ locale, proposals, done }: DataProposalListProps) => {
  const t = await getTranslations('AdminSources');
  return (
    <section aria-labelledby="data-proposals" className="space-y-3">
      <h2 id="data-proposals" className="text-2xl font-semibold">
        {t('proposals.heading')}
      </h2>
      <p className="text-slate-700">{t('proposals.intro')}</p>
      <FlashMessage
        message={
          done === 'accepted' || done === 'dismissed' || done === 'conflict'
            ? t(`done.${done}`)
            : null
        }
      />
      {proposals.length === 0 ? (
        <p>{t('proposals.empty')}</p>
      ) : (
        <ul className="space-y-4">
          {proposals.map((proposal) => (
            <li
              key={proposal.id}
              className="space-y-2 rounded border border-slate-300 p-3"
              data-proposal={`${proposal.entityType}:${proposal.entityKey}:${proposal.field}`}
            >
              <p className="font-semibold">
                {proposal.label} · <code>{proposal.field}</code>
              </p>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                <dt className="font-semibold">{t('proposals.current')}</dt>
                <dd className="break-words">{show(proposal.currentValue)}</dd>
                <dt className="font-semibold">{t('proposals.proposed')}</dt>
                <dd className="break-words">{show(proposal.proposedValue)}</dd>
                {proposal.source ? (
                  <>
                    <dt className="font-semibold">{t('proposals.source')}</dt>
                    <dd className="break-words">
                      {proposal.source.url ? (
                        <a
                          href={proposal.source.url}
                          className="text-brand-700 underline"
                          lang="en"
                        >
                          {proposal.source.title}
                        </a>
                      ) : (
                        proposal.source.title
                      )}
                    </dd>
                  </>
                ) : (
                  <>
                    <dt className="font-semibold">{t('proposals.seeded')}</dt>
                    <dd className="break-words">{show(proposal.seededValue)}</dd>
                  </>
                )}
                <dt className="font-semibold">{t('proposals.queued')}</dt>
                <dd>
                  <FormattedDate date={proposal.createdAt} format="short" />
                </dd>
              </dl>
              <div className="flex flex-wrap gap-3">
                <ActionButton
                  action={decideDataProposalAction.bind(null, locale, proposal.id, 'accept')}
                  label={t('proposals.accept')}
                  tone="primary"
                />
                <ActionButton
                  action={decideDataProposalAction.bind(null, locale, proposal.id, 'dismiss')}
                  label={t('proposals.dismiss')}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
