import { getTranslations } from 'next-intl/server';

import { ContentForm } from '@/components/admin/content-form';
import { ThemeFields } from '@/components/admin/themes/theme-fields';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type ThemeFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: Record<RelationKind, RelationOption[]>;
  mode: 'create' | 'save';
  missing?: readonly TFormLocale[];
  reloadHref?: string;
};

export const ThemeForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  reloadHref,
}: ThemeFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  const isNew = mode === 'create';
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      mode={mode}
      reloadHref={reloadHref}
      labels={{ plain: { slug: tForm('slug') }, translated: { label: t('label') } }}
    >
      <ThemeFields missing={missing} isNew={isNew} />
    </ContentForm>
  );
};
