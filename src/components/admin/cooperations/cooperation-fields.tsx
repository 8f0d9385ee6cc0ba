import { getTranslations } from 'next-intl/server';

import { HiddenField } from '@/components/admin/hidden-field';
import { getLocaleOptions } from '@/components/admin/locale-options';
import { RelationPickers } from '@/components/admin/relation-pickers';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import { CooperationKind } from '@/generated/prisma/enums';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

export type CooperationFieldsProps = {
  options: { mechanisms: RelationOption[]; documents: RelationOption[] };
  missing: readonly TFormLocale[];
  originalLocale: TFormLocale;
  isNew: boolean;
};

export const CooperationFields = async ({
  options,
  missing,
  originalLocale,
  isNew,
}: CooperationFieldsProps) => {
  const [t, tForm, locales] = await Promise.all([
    getTranslations('AdminCooperations'),
    getTranslations('AdminForm'),
    getLocaleOptions(),
  ]);
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="kind"
          label={t('kind')}
          options={Object.values(CooperationKind).map((kind) => ({
            value: kind,
            label: t('kindLabel', { kind }),
          }))}
        />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField name="startedOn" type="date" label={t('startedOn')} />
        <TextField name="startedYear" type="number" label={t('startedYear')} />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
      </div>
      <TranslationsFieldsets
        fields={[
          { name: 'title', label: t('title') },
          { name: 'summary', label: t('summary'), multiline: true },
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
