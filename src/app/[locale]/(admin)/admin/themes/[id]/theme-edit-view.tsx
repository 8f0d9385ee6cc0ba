import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { FlashMessage } from '@/components/admin/flash-message';
import { ThemeForm } from '@/components/admin/themes/theme-form';
import { Link } from '@/i18n/link';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { updateThemeAction } from '@/server/themes/actions';
import type { ThemeForEdit } from '@/server/themes/theme-type';
import { toThemeFormValues } from '@/server/themes/to-theme-form-values';

export type ThemeEditViewProps = {
  locale: Locale;
  theme: ThemeForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const ThemeEditView = async ({ locale, theme, options, done }: ThemeEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/themes/${theme.id}`;
  const missing = missingLocales(theme.translations, 'label');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/themes', label: tForm('backToList') }}
      >
        <p>
          <Link href={`${path}/delete`} className="font-semibold text-alert-700 underline">
            {tForm('delete')}
          </Link>
        </p>
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <ThemeForm
        key={JSON.stringify(theme.translations)}
        action={updateThemeAction.bind(null, locale, theme.id)}
        initialValues={toThemeFormValues(theme)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
