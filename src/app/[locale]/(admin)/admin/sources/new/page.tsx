import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { SourceForm } from '@/components/admin/sources/source-form';
import { requirePageUser } from '@/server/auth/require-page-user';
import { saveSourceAction } from '@/server/sources/actions';

type PageProps = { params: Promise<{ locale: Locale }> };

export default async function NewSourcePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const t = await getTranslations('AdminSources');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('newSource')}
        back={{ href: '/admin/sources', label: t('backToList') }}
      />
      <SourceForm action={saveSourceAction.bind(null, locale, null)} initialValues={{}} />
    </div>
  );
}
