import { getTranslations } from 'next-intl/server';

import { CheckboxField } from '@/components/admin/checkbox-field';
import { HiddenField } from '@/components/admin/hidden-field';
import { getLocaleOptions, toRelationSelect } from '@/components/admin/locale-options';
import { RelationPickers } from '@/components/admin/relation-pickers';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import { DatePrecision, EventKind } from '@/generated/prisma/enums';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

export type EventFieldsProps = {
  options: {
    countries: RelationOption[];
    mechanisms?: RelationOption[];
    documents: RelationOption[];
  };
  missing: readonly TFormLocale[];
  originalLocale: TFormLocale;
  isNew: boolean;
};

export const EventFields = async ({
  options,
  missing,
  originalLocale,
  isNew,
}: EventFieldsProps) => {
  const [t, tForm, tEvent, locales] = await Promise.all([
    getTranslations('AdminEvents'),
    getTranslations('AdminForm'),
    getTranslations('Event'),
    getLocaleOptions(),
  ]);
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t('kind')}
          options={Object.values(EventKind).map((kind) => ({
            value: kind,
            label: tEvent('kindLabel', { kind }),
          }))}
        />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField
          name="startsOn"
          type="date"
          label={t('startsOn')}
          required
          requiredLabel={tForm('required')}
        />
        <TextField name="endsOn" type="date" label={t('endsOn')} />
        <SelectField
          name="datePrecision"
          label={t('datePrecision')}
          options={Object.values(DatePrecision).map((precision) => ({
            value: precision,
            label: t('datePrecisionLabel', { precision }),
          }))}
        />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
        <TextField name="city" label={t('city')} />
        <SelectField
          name="countryId"
          label={t('country')}
          emptyLabel={tForm('noneOption')}
          options={toRelationSelect(options.countries)}
        />
        <CheckboxField name="online" label={t('online')} />
      </div>
      <TranslationsFieldsets
        fields={[
          { name: 'title', label: t('title') },
          { name: 'summary', label: t('summary'), multiline: true },
          { name: 'organisers', label: t('organisers') },
        ]}
        missing={missing}
        requiredLocale={originalLocale}
        isNew={isNew}
      />
      <TextareaField name="sources" label={tForm('sources')} hint={tForm('sourcesHint')} rows={3} />
      <RelationPickers
        relations={[
          { name: 'mechanismIds', legend: t('mechanisms'), options: options.mechanisms },
          { name: 'documentIds', legend: t('documents'), options: options.documents },
        ]}
      />
    </>
  );
};
