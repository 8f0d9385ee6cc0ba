import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { Link } from '@/i18n/link';
import { ZDoneQuerySchema } from '@/lib/validation/admin-list';
import { requirePageUser } from '@/server/auth/require-page-user';
import { findChangeRequests } from '@/server/changes/find-change-requests';

import { ChangesView } from '../changes/changes-view';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A focal point's page: what they may propose, and what became of their proposals. */
export default async function ProposalsPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageUser(locale, 'mechanism.propose');
  const { done } = ZDoneQuerySchema.parse(await searchParams);
  const [changes, t, tForm, tNews] = await Promise.all([
    findChangeRequests({ proposedById: actor.id }),
    getTranslations('AdminChanges'),
    getTranslations('AdminForm'),
    getTranslations('AdminNews'),
  ]);
  const link = 'rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800';
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('myHeading')}>
        <p className="text-slate-700">{t('myIntro')}</p>
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      {actor.mechanismId ? (
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href="/admin/proposals/mechanism" className={link}>
              {t('proposeProfile')}
            </Link>
          </li>
          <li>
            <Link href="/admin/proposals/document" className={link}>
              {t('proposeDocument')}
            </Link>
          </li>
          <li>
            <Link href="/admin/proposals/event" className={link}>
              {t('proposeEvent')}
            </Link>
          </li>
          <li>
            <Link href="/admin/proposals/news" className={link}>
              {tNews('propose')}
            </Link>
          </li>
          <li>
            <Link href="/admin/proposals/cooperation" className={link}>
              {t('proposeCooperation')}
            </Link>
          </li>
        </ul>
      ) : (
        <p>{t('noMechanism')}</p>
      )}
      <ChangesView locale={locale} changes={changes} own />
    </div>
  );
}
