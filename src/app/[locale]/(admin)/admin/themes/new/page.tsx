import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ThemeForm } from '@/components/admin/themes/theme-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { createThemeAction } from '@/server/themes/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewThemePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'themes.edit');
  const [options, t, tForm] = await Promise.all([
    Promise.resolve({} as Record<RelationKind, RelationOption[]>) /* no relations to choose */,
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newHeading')}
        back={{ href: '/admin/themes', label: tForm('backToList') }}
      />
      <ThemeForm
        action={createThemeAction.bind(null, locale)}
        initialValues={{}}
        options={options}
        mode="create"
      />
    </div>
  );
}
