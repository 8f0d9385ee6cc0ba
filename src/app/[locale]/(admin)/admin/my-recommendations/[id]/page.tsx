import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FollowUpForm } from '@/components/admin/recommendations/follow-up-form';
import { dateValue } from '@/lib/forms/form-values';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findMechanismRecommendations } from '@/server/recommendations/find-mechanism-recommendations';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

/** A focal point proposes a follow-up of one recommendation; an editor reviews it. */
export default async function ProposeFollowUpPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePageUser(locale, 'mechanism.propose');
  if (!actor.mechanismId) notFound();
  const items = await findMechanismRecommendations({ mechanismId: actor.mechanismId, locale });
  const item = items.find((candidate) => candidate.id === id);
  if (!item) notFound();
  const t = await getTranslations('MyRecommendations');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('proposeHeading', { citation: item.citation })}
        back={{ href: '/admin/my-recommendations', label: t('heading') }}
      >
        <blockquote lang={item.text?.shownLocale} className="border-l-4 border-slate-300 pl-3">
          {item.text?.text}
        </blockquote>
      </AdminPageHeader>
      <FollowUpForm
        action={proposeChangeAction.bind(null, locale, 'followUp')}
        initialValues={{
          recommendationId: item.id,
          originalLocale: locale,
          reportedOn: dateValue(new Date()),
          implementation: 'IN_PROGRESS',
        }}
      />
    </div>
  );
}
