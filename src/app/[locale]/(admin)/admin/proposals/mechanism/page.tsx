import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentForm } from '@/components/admin/content-form';
import { HiddenField } from '@/components/admin/hidden-field';
import { MechanismProfileFields } from '@/components/admin/mechanisms/mechanism-profile-fields';
import { missingLocales } from '@/lib/validation/translations';
import { requirePageUser } from '@/server/auth/require-page-user';
import { proposeChangeAction } from '@/server/changes/actions';
import { findContentForEdit } from '@/server/content/find-admin-content';
import { mechanismType } from '@/server/mechanisms/mechanism-type';
import { toMechanismProfileValues } from '@/server/mechanisms/to-mechanism-form-values';
import { toMechanismLabel } from '@/server/mechanisms/to-mechanism-label';

type PageProps = { params: Promise<{ locale: Locale }> };

/** The focal point's own mechanism, prefilled; saving sends a proposal, not a change. */
export default async function ProposeMechanismPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageUser(locale, 'mechanism.propose');
  const mechanism = actor.mechanismId
    ? await findContentForEdit(mechanismType, actor.mechanismId)
    : null;
  if (!mechanism) notFound();
  const [t, tMech] = await Promise.all([
    getTranslations('AdminChanges'),
    getTranslations('AdminMechanisms'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('proposeProfile')}
        back={{ href: '/admin/proposals', label: t('myHeading') }}
      >
        <p className="text-lg">{toMechanismLabel(mechanism, locale)}</p>
      </AdminPageHeader>
      <ContentForm
        action={proposeChangeAction.bind(null, locale, 'mechanism')}
        initialValues={toMechanismProfileValues(mechanism)}
        mode="propose"
        labels={{
          plain: {
            acronym: tMech('acronym'),
            website: tMech('website'),
            email: tMech('email'),
            phone: tMech('phone'),
            address: tMech('address'),
          },
          translated: {
            name: tMech('name'),
            legalBasis: tMech('legalBasis'),
            notes: tMech('notes'),
          },
        }}
      >
        <HiddenField name="version" />
        <MechanismProfileFields
          missing={missingLocales(mechanism.translations, 'name')}
          isNew={false}
        />
      </ContentForm>
    </div>
  );
}
