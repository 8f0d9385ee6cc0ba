import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { SourceForm } from '@/components/admin/sources/source-form';
import { dateValue, textValue } from '@/lib/forms/form-values';
import { requirePageUser } from '@/server/auth/require-page-user';
import { saveSourceAction } from '@/server/sources/actions';
import { getSource } from '@/server/sources/get-source';

type PageProps = { params: Promise<{ locale: Locale; id: string }> };

export default async function EditSourcePage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageUser(locale, 'content.edit');
  const [source, t] = await Promise.all([getSource({ id }), getTranslations('AdminSources')]);
  if (!source) notFound();
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editSource')}
        back={{ href: '/admin/sources', label: t('backToList') }}
      >
        {source.key && (
          <p className="text-sm text-slate-700">{t('fromData', { key: source.key })}</p>
        )}
      </AdminPageHeader>
      <SourceForm
        key={source.updatedAt.toISOString()}
        action={saveSourceAction.bind(null, locale, source.id)}
        initialValues={{
          title: source.title,
          publisher: textValue(source.publisher),
          url: textValue(source.url),
          lang: textValue(source.lang),
          accessedOn: dateValue(source.accessedOn),
        }}
      />
    </div>
  );
}
