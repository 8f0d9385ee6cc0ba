import { getTranslations } from 'next-intl/server';

import {
  ContentForm,
  type DomainFormProps,
  formOriginalLocale,
} from '@/components/admin/content-form';
import { EventFields } from '@/components/admin/events/event-fields';

export type EventFormProps = DomainFormProps<'create' | 'save' | 'propose'>;

export const EventForm = async ({ options, missing = [], ...form }: EventFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminEvents'),
    getTranslations('AdminForm'),
  ]);
  const isNew = form.mode !== 'save';
  const originalLocale = formOriginalLocale(form.initialValues);
  return (
    <ContentForm
      {...form}
      labels={{
        plain: {
          kind: t('kind'),
          originalLocale: tForm('originalLocale'),
          startsOn: t('startsOn'),
          endsOn: t('endsOn'),
          datePrecision: t('datePrecision'),
          slug: tForm('slug'),
          city: t('city'),
          countryId: t('country'),
          sources: tForm('sources'),
          mechanismIds: t('mechanisms'),
          documentIds: t('documents'),
        },
        translated: { title: t('title'), summary: t('summary'), organisers: t('organisers') },
      }}
    >
      <EventFields
        options={options}
        missing={missing}
        originalLocale={originalLocale}
        isNew={isNew}
      />
    </ContentForm>
  );
};
