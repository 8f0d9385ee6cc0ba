import { getTranslations } from 'next-intl/server';

import { DocumentList } from '@/components/content/document-list';
import { EventList } from '@/components/content/event-list';
import { SourceList } from '@/components/content/source-list';
import { MechanismFacts } from '@/components/mechanisms/mechanism-facts';
import { MechanismName } from '@/components/mechanisms/mechanism-name';
import { FallbackNotice } from '@/components/ui/fallback-notice';
import { Link } from '@/i18n/navigation';
import type { MechanismDetail } from '@/server/mechanisms/get-mechanism';

import { CooperationList } from './cooperation-list';

export type MechanismViewProps = { mechanism: MechanismDetail };

export const MechanismView = async ({ mechanism }: MechanismViewProps) => {
  const [t, tLevel] = await Promise.all([
    getTranslations('MechanismPage'),
    getTranslations('MechanismLevel'),
  ]);

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">
          <MechanismName mechanism={mechanism} />
        </h1>
        <p className="text-slate-700">
          {tLevel('label', { level: mechanism.level })}
          {' · '}
          <Link href={`/countries/${mechanism.country.slug}`} className="text-brand-700 underline">
            {mechanism.country.name}
          </Link>
        </p>
        {mechanism.fallbackLocales.map((shownLocale) => (
          <FallbackNotice key={shownLocale} shownLocale={shownLocale} />
        ))}
      </header>

      <section aria-labelledby="profile" className="space-y-3">
        <h2 id="profile" className="text-2xl font-semibold">
          {t('profile')}
        </h2>
        <MechanismFacts mechanism={mechanism} />
        {mechanism.notes && (
          <p lang={mechanism.notesLocale} className="text-sm text-slate-700">
            {mechanism.notes}
          </p>
        )}
      </section>

      {mechanism.parent && (
        <section aria-labelledby="parent" className="space-y-2">
          <h2 id="parent" className="text-2xl font-semibold">
            {t('parent')}
          </h2>
          <p>
            <MechanismName mechanism={mechanism.parent} link />
          </p>
        </section>
      )}

      {mechanism.localMechanisms.length > 0 && (
        <section aria-labelledby="local-mechanisms" className="space-y-2">
          <h2 id="local-mechanisms" className="text-2xl font-semibold">
            {t('localMechanisms')}
          </h2>
          <p className="text-slate-700">
            {t('localMechanismsCount', { count: mechanism.localMechanisms.length })}
          </p>
          <ul className="grid gap-x-6 gap-y-2 md:grid-cols-2">
            {mechanism.localMechanisms.map((local) => (
              <li key={local.slug}>
                <MechanismName mechanism={local} link />
                {local.name && local.jurisdiction && (
                  <span className="text-slate-600"> – {local.jurisdiction}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="cooperations" className="space-y-2">
        <h2 id="cooperations" className="text-2xl font-semibold">
          {t('cooperations')}
        </h2>
        <CooperationList cooperations={mechanism.cooperations} emptyText={t('noCooperations')} />
      </section>

      <div className="grid gap-10 md:grid-cols-2">
        <section aria-labelledby="documents" className="space-y-2">
          <h2 id="documents" className="text-2xl font-semibold">
            {t('documents')}
          </h2>
          <DocumentList documents={mechanism.documents} emptyText={t('noDocuments')} />
        </section>
        <section aria-labelledby="events" className="space-y-2">
          <h2 id="events" className="text-2xl font-semibold">
            {t('events')}
          </h2>
          <EventList events={mechanism.events} emptyText={t('noEvents')} />
        </section>
      </div>

      {mechanism.sources.length > 0 && (
        <section aria-labelledby="sources" className="space-y-2">
          <h2 id="sources" className="text-xl font-semibold">
            {t('sources')}
          </h2>
          <SourceList sources={mechanism.sources} />
        </section>
      )}
    </div>
  );
};
