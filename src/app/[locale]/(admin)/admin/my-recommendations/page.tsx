import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findLastReminder } from '@/server/follow-up-reminders/find-last-reminder';
import { findMechanismRecommendations } from '@/server/recommendations/find-mechanism-recommendations';

import { MyRecommendationsView } from './my-recommendations-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A focal point's action list: what concerns their mechanism and what still lacks a follow-up. */
export default async function MyRecommendationsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageUser(locale, 'mechanism.propose');
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  const [t, tForm] = await Promise.all([
    getTranslations('MyRecommendations'),
    getTranslations('AdminForm'),
  ]);
  const [items, lastReminder] = await Promise.all([
    actor.mechanismId
      ? findMechanismRecommendations({ mechanismId: actor.mechanismId, locale })
      : [],
    findLastReminder(actor.id),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('heading')}>
        <p className="text-slate-700">{t('intro')}</p>
        {lastReminder && (
          <p className="text-sm text-slate-700">{t('lastReminder', { date: lastReminder })}</p>
        )}
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      {actor.mechanismId ? <MyRecommendationsView items={items} /> : <p>{t('noMechanism')}</p>}
    </div>
  );
}
