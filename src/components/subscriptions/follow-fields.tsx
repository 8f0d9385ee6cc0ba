import { getTranslations } from 'next-intl/server';

import { CheckboxGroup } from '@/components/admin/checkbox-group';
import { FOLLOWED_TYPE_KEYS } from '@/lib/subscriptions/followed-types';
import { SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_LOCALES } from '@/lib/validation/subscriptions';
import type { RelationOption } from '@/server/content/find-relation-options';

import { RadioGroup } from './radio-group';

export type FollowFieldsProps = {
  options: { countries: RelationOption[]; mechanisms: RelationOption[]; themes: RelationOption[] };
};

const toChoices = (options: RelationOption[]) =>
  options.map((option) => ({ value: option.id, label: option.label }));

/** What to follow, how often and in which language: the subscribe and preferences forms. */
export const FollowFields = async ({ options }: FollowFieldsProps) => {
  const t = await getTranslations('Subscribe');
  return (
    <>
      <CheckboxGroup
        name="contentTypes"
        legend={t('typesLegend')}
        options={FOLLOWED_TYPE_KEYS.map((type) => ({ value: type, label: t(`types.${type}`) }))}
      />
      <RadioGroup
        name="frequency"
        legend={t('frequencyLegend')}
        options={SUBSCRIPTION_FREQUENCIES.map((value) => ({
          value,
          label: t(`frequencies.${value}`),
        }))}
      />
      <RadioGroup
        name="locale"
        legend={t('languageLegend')}
        options={SUBSCRIPTION_LOCALES.map((value) => ({
          value,
          label: t(`languages.${value}`),
          lang: value,
        }))}
      />
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 font-semibold text-slate-800">{t('filtersLegend')}</legend>
        <p className="text-sm text-slate-600">{t('filtersHint')}</p>
        <CheckboxGroup
          name="countryIds"
          legend={t('countries')}
          options={toChoices(options.countries)}
        />
        <CheckboxGroup
          name="mechanismIds"
          legend={t('mechanisms')}
          options={toChoices(options.mechanisms)}
        />
        <CheckboxGroup name="themeIds" legend={t('themes')} options={toChoices(options.themes)} />
      </fieldset>
    </>
  );
};
