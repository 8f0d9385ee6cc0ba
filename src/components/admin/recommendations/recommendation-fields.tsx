import { getTranslations } from 'next-intl/server';

import { HiddenField } from '@/components/admin/hidden-field';
import { getLocaleOptions } from '@/components/admin/locale-options';
import { RelationPickers } from '@/components/admin/relation-pickers';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import type { TFormLocale } from '@/lib/validation/form-fields';
import { RECOMMENDATION_BODIES, STATE_POSITIONS } from '@/lib/validation/recommendations';
import type { RelationOption } from '@/server/content/find-relation-options';

export type RecommendationFieldsProps = {
  options: { countries: RelationOption[]; mechanisms: RelationOption[]; themes: RelationOption[] };
  missing: readonly TFormLocale[];
  originalLocale: TFormLocale;
  isNew: boolean;
};

export const RecommendationFields = async ({
  options,
  missing,
  originalLocale,
  isNew,
}: RecommendationFieldsProps) => {
  const [t, tLabels, tForm, locales] = await Promise.all([
    getTranslations('AdminRecommendations'),
    getTranslations('RecommendationLabels'),
    getTranslations('AdminForm'),
    getLocaleOptions(),
  ]);
  const required = { required: true, requiredLabel: tForm('required') };
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="body"
          label={t('body')}
          options={RECOMMENDATION_BODIES.map((value) => ({
            value,
            label: tLabels('body', { body: value }),
          }))}
        />
        <TextField name="symbol" label={t('symbol')} hint={t('symbolHint')} {...required} />
        <TextField name="paragraph" label={t('paragraph')} {...required} />
        <TextField name="issuedOn" type="date" label={t('issuedOn')} {...required} />
        <TextField name="sourceUrl" type="url" label={t('sourceUrl')} {...required} />
        <SelectField
          name="position"
          label={t('position')}
          options={STATE_POSITIONS.map((value) => ({
            value,
            label: tLabels('position', { position: value }),
          }))}
        />
        <TextField name="uprCycle" type="number" label={t('uprCycle')} />
        <TextField name="recommendingState" label={t('recommendingState')} />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
      </div>
      <TranslationsFieldsets
        fields={[{ name: 'text', label: t('text'), multiline: true, rows: 8 }]}
        missing={missing}
        requiredLocale={originalLocale}
        isNew={isNew}
      />
      <RelationPickers
        className="grid gap-4 md:grid-cols-2 lg:grid-cols-3"
        relations={[
          { name: 'countryIds', legend: t('countries'), options: options.countries },
          { name: 'mechanismIds', legend: t('mechanisms'), options: options.mechanisms },
          { name: 'themeIds', legend: t('themes'), options: options.themes },
        ]}
      />
    </>
  );
};
