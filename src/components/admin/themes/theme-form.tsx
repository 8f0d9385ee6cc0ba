import { getTranslations } from 'next-intl/server';

import { ContentForm, type DomainFormProps } from '@/components/admin/content-form';
import { ThemeFields } from '@/components/admin/themes/theme-fields';

export type ThemeFormProps = DomainFormProps;

export const ThemeForm = async ({ options, missing = [], ...form }: ThemeFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminThemes'),
    getTranslations('AdminForm'),
  ]);
  const isNew = form.mode === 'create';
  return (
    <ContentForm
      {...form}
      labels={{ plain: { slug: tForm('slug') }, translated: { label: t('label') } }}
    >
      <ThemeFields missing={missing} isNew={isNew} />
    </ContentForm>
  );
};
