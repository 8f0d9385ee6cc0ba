import { getTranslations } from 'next-intl/server';

import { ContentForm } from '@/components/admin/content-form';
import { EventFields } from '@/components/admin/events/event-fields';
import type { FormState, FormValues } from '@/lib/forms/form-state';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';

export type EventFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialValues: FormValues;
  options: Record<RelationKind, RelationOption[]>;
  mode: 'create' | 'save' | 'propose';
  missing?: readonly TFormLocale[];
  reloadHref?: string;
};

export const EventForm = async ({
  action,
  initialValues,
  options,
  mode,
  missing = [],
  reloadHref,
}: EventFormProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminEvents'),
    getTranslations('AdminForm'),
  ]);
  const isNew = mode !== 'save';
  const originalLocale = (initialValues.originalLocale as TFormLocale | undefined) ?? 'es';
  return (
    <ContentForm
      action={action}
      initialValues={initialValues}
      mode={mode}
      reloadHref={reloadHref}
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
