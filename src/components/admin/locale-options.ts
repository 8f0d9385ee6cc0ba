import 'server-only';

import { getTranslations } from 'next-intl/server';

import { FORM_LOCALES } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

import type { CheckboxOption } from './checkbox-group';
import type { SelectOption } from './select-field';

export const getLocaleOptions = async () => {
  const t = await getTranslations('AdminForm');
  return FORM_LOCALES.map((locale) => ({ value: locale, label: t('languageName', { locale }) }));
};

/**
 * Relation options as checkboxes: names in their language (`lang`), a mechanism after its
 * country, drafts marked so nobody links to them unknowingly.
 */
export const getRelationChecks = async (options: RelationOption[]): Promise<CheckboxOption[]> => {
  const t = await getTranslations('AdminForm');
  return options.map((o) => ({
    value: o.id,
    label: o.name,
    lang: o.lang,
    context: o.context,
    note: o.draft ? t('draftOption') : undefined,
  }));
};

/** Relation options for a select: names in their language, mechanisms grouped by country. */
export const toRelationSelect = (options: RelationOption[]): SelectOption[] =>
  options.map((o) => ({ value: o.id, label: o.name, lang: o.lang, group: o.context }));
