import { getTranslations } from 'next-intl/server';

import {
  ContentForm,
  type DomainFormProps,
  formOriginalLocale,
} from '@/components/admin/content-form';

import { NewsFields } from './news-fields';

export type NewsFormProps = DomainFormProps<'create' | 'save' | 'propose'> & {
  currentImage?: string | null;
};

/** The news form for editors (create, edit) and focal points (propose). */
export const NewsForm = async ({ options, missing = [], currentImage, ...form }: NewsFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminNews'),
    getTranslations('AdminForm'),
  ]);
  const originalLocale = formOriginalLocale(form.initialValues);
  return (
    <ContentForm
      {...form}
      multipart
      labels={{
        plain: {
          publishedOn: t('publishedOn'),
          originalLocale: tForm('originalLocale'),
          slug: tForm('slug'),
          file: t('image'),
          countryIds: t('countries'),
          mechanismIds: t('mechanisms'),
          themeIds: t('themes'),
          documentIds: t('documents'),
          eventIds: t('events'),
        },
        translated: {
          title: t('title'),
          summary: t('summary'),
          body: t('body'),
          imageAlt: t('imageAlt'),
        },
      }}
    >
      <NewsFields
        options={options}
        missing={missing}
        originalLocale={originalLocale}
        isNew={form.mode !== 'save'}
        currentImage={currentImage}
      />
    </ContentForm>
  );
};
