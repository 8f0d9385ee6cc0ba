import { getTranslations } from 'next-intl/server';

import { CheckboxField } from '@/components/admin/checkbox-field';
import { HiddenField } from '@/components/admin/hidden-field';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import { OpcatStatus, Subregion, TreatyAction } from '@/generated/prisma/enums';
import type { TFormLocale } from '@/lib/validation/form-fields';

export type CountryFieldsProps = { missing: readonly TFormLocale[]; isNew: boolean };

export const CountryFields = async ({ missing, isNew }: CountryFieldsProps) => {
  const [t, tForm, tOpcat, tSubregion, tTreaty, tSources] = await Promise.all([
    getTranslations('AdminCountries'),
    getTranslations('AdminForm'),
    getTranslations('OpcatStatus'),
    getTranslations('Subregion'),
    getTranslations('TreatyStatus.form'),
    getTranslations('AdminSources'),
  ]);
  const statusOptions = Object.values(OpcatStatus).map((status) => ({
    value: status,
    label: tOpcat('label', { status }),
  }));
  const byOptions = Object.values(TreatyAction).map((by) => ({
    value: by,
    label: tTreaty('by', { by }),
  }));
  const notRecorded = tTreaty('by', { by: 'other' });
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="iso2" label={t('iso2')} required requiredLabel={tForm('required')} />
        <TextField name="iso3" label={t('iso3')} required requiredLabel={tForm('required')} />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
        <SelectField
          name="subregion"
          label={t('subregion')}
          options={Object.values(Subregion).map((subregion) => ({
            value: subregion,
            label: tSubregion('label', { subregion }),
          }))}
        />
        <CheckboxField name="federal" label={t('federal')} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-xl font-semibold">{t('treatyLegend')}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField
            name="catStatus"
            label={tTreaty('catStatus')}
            options={statusOptions}
            emptyLabel={tTreaty('catStatusEmpty')}
          />
          <TextField name="catRatifiedOn" type="date" label={t('catRatifiedOn')} />
          <SelectField
            name="catBy"
            label={tTreaty('catBy')}
            options={byOptions}
            emptyLabel={notRecorded}
            hint={tTreaty('byHint')}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField name="opcatStatus" label={t('opcatStatus')} options={statusOptions} />
          <TextField name="opcatSignedOn" type="date" label={t('opcatSignedOn')} />
          <TextField name="opcatRatifiedOn" type="date" label={t('opcatRatifiedOn')} />
          <SelectField
            name="opcatBy"
            label={tTreaty('opcatBy')}
            options={byOptions}
            emptyLabel={notRecorded}
            hint={tTreaty('byHint')}
          />
          <TextField name="npmPostponedTo" type="date" label={t('npmPostponedTo')} />
        </div>
      </fieldset>
      <TranslationsFieldsets
        fields={[
          { name: 'name', label: t('name') },
          { name: 'notes', label: tSources('publicNote'), multiline: true },
        ]}
        missing={missing}
        requiredLocale="es"
        isNew={isNew}
      />
      <TextareaField name="sources" label={tForm('sources')} hint={tForm('sourcesHint')} rows={3} />
      <TextareaField
        name="staffNotes"
        label={tSources('staffNotes')}
        hint={tSources('staffNotesHint')}
        rows={6}
      />
    </>
  );
};
