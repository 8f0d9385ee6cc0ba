import { getTranslations } from 'next-intl/server';

import { getLocaleOptions, toRelationSelect } from '@/components/admin/locale-options';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { InstitutionalModel, MechanismLevel, MechanismStatus } from '@/generated/prisma/enums';
import type { RelationOption } from '@/server/content/find-relation-options';

export type MechanismStructureFieldsProps = {
  options: { countries: RelationOption[]; mechanisms: RelationOption[] };
};

/** Institutional facts only editors set. */
export const MechanismStructureFields = async ({ options }: MechanismStructureFieldsProps) => {
  const [t, tForm, tMechanism, tLevel, tSources, locales] = await Promise.all([
    getTranslations('AdminMechanisms'),
    getTranslations('AdminForm'),
    getTranslations('Mechanism'),
    getTranslations('MechanismLevel'),
    getTranslations('AdminSources'),
    getLocaleOptions(),
  ]);
  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold">{t('structureLegend')}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="countryId"
          label={t('country')}
          options={toRelationSelect(options.countries)}
        />
        <SelectField
          name="level"
          label={t('level')}
          options={Object.values(MechanismLevel).map((level) => ({
            value: level,
            label: tLevel('label', { level }),
          }))}
        />
        <SelectField
          name="parentId"
          label={t('parent')}
          emptyLabel={tForm('noneOption')}
          options={toRelationSelect(options.mechanisms)}
        />
        <TextField name="jurisdiction" label={t('jurisdiction')} />
        <SelectField
          name="model"
          label={t('model')}
          emptyLabel={t('notRecorded')}
          options={Object.values(InstitutionalModel).map((model) => ({
            value: model,
            label: tMechanism('modelLabel', { model }),
          }))}
        />
        <SelectField
          name="operationalStatus"
          label={t('operationalStatus')}
          emptyLabel={t('notRecorded')}
          options={Object.values(MechanismStatus).map((status) => ({
            value: status,
            label: tMechanism('statusLabel', { status }),
          }))}
        />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
        <TextField name="legalBasisDate" type="date" label={t('legalBasisDate')} />
        <TextField name="designatedOn" type="date" label={t('designatedOn')} />
        <TextField name="designatedYear" type="number" label={t('designatedYear')} />
      </div>
      <TextareaField name="sources" label={tForm('sources')} hint={tForm('sourcesHint')} rows={3} />
      <TextareaField
        name="staffNotes"
        label={tSources('staffNotes')}
        hint={tSources('staffNotesHint')}
        rows={6}
      />
    </fieldset>
  );
};
