import { getFormatter, getTranslations } from 'next-intl/server';

import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { FormattedDate } from '@/components/ui/formatted-date';
import type { MechanismDetail } from '@/server/mechanisms/get-mechanism';

export type CooperationListProps = {
  cooperations: MechanismDetail['cooperations'];
  emptyText: string;
};

/** A mechanism's cooperations, each with its partner mechanisms linked. */
export const CooperationList = async ({ cooperations, emptyText }: CooperationListProps) => {
  const [t, tDocument, tFallback, format] = await Promise.all([
    getTranslations('MechanismPage'),
    getTranslations('Document'),
    getTranslations('Fallback'),
    getFormatter(),
  ]);
  if (cooperations.length === 0) return <p className="text-slate-600">{emptyText}</p>;
  // Each partner once, however many cooperations it shares with this mechanism.
  const partners = [
    ...new Map(cooperations.flatMap((c) => c.partners).map((p) => [p.slug, p])).values(),
  ];
  return (
    <>
      {partners.length > 0 && (
        <p data-testid="partner-mechanisms">
          {t('partnerMechanisms')}{' '}
          {format.list(
            partners.map((partner) => (
              <MechanismName key={partner.slug} mechanism={partner} link translation="none" />
            )),
          )}
        </p>
      )}
      <ul className="divide-y divide-slate-200">
        {cooperations.map((cooperation) => (
          <li key={cooperation.slug} className="space-y-1 py-3">
            <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
              {t('cooperationKind', { kind: cooperation.kind })}
              {cooperation.startedOn ? (
                <>
                  {' · '}
                  <FormattedDate date={cooperation.startedOn} />
                </>
              ) : (
                cooperation.startedYear && (
                  <>
                    {' · '}
                    <time dateTime={String(cooperation.startedYear)}>
                      {cooperation.startedYear}
                    </time>
                  </>
                )
              )}
            </p>
            <h3 lang={cooperation.shownLocale} className="font-semibold">
              {cooperation.title}
            </h3>
            {cooperation.summary && (
              <p lang={cooperation.shownLocale} className="text-sm text-slate-700">
                {cooperation.summary}
              </p>
            )}
            {cooperation.isFallback && (
              <p className="text-xs text-slate-600">
                {tDocument('inLanguage', {
                  language: tFallback('languageName', { locale: cooperation.shownLocale }),
                })}
              </p>
            )}
            {cooperation.partners.length > 0 && (
              <p className="text-sm">
                {t('partners')}{' '}
                {format.list(
                  cooperation.partners.map((partner) => (
                    <MechanismName key={partner.slug} mechanism={partner} link translation="none" />
                  )),
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
};
