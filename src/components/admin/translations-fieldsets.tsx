import { getTranslations } from 'next-intl/server';

import { FORM_LOCALES, type TFormLocale } from '@/lib/validation/form-fields';

import { TextField } from './text-field';
import { TextareaField } from './textarea-field';

export type TranslatedField = {
  name: string;
  label: string;
  multiline?: boolean;
  hint?: string;
  /** Height of a multiline field. */
  rows?: number;
};

export type TranslationsFieldsetsProps = {
  fields: TranslatedField[];
  /** Languages the saved record lacks (empty for a new record). */
  missing: readonly TFormLocale[];
  /** Whose first field is required (the original language); undefined when none is. */
  requiredLocale?: TFormLocale;
  isNew?: boolean;
};

/** One fieldset per language, side by side on wide screens, each saying whether it is missing. */
export const TranslationsFieldsets = async ({
  fields,
  missing,
  requiredLocale,
  isNew,
}: TranslationsFieldsetsProps) => {
  const t = await getTranslations('AdminForm');
  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold">{t('translationsLegend')}</legend>
      <p className="text-sm text-slate-600">{t('translationsHint')}</p>
      <div className="grid gap-4 lg:grid-cols-3">
        {FORM_LOCALES.map((locale) => (
          <fieldset
            key={locale}
            lang={locale}
            className="space-y-3 rounded border border-slate-300 p-3"
          >
            <legend className="px-1 font-semibold" lang={undefined}>
              {t('languageName', { locale })}{' '}
              {!isNew &&
                (missing.includes(locale) ? (
                  <span className="ml-1 rounded bg-amber-100 px-2 py-0.5 text-sm font-normal text-amber-950">
                    {t('translationMissing')}
                  </span>
                ) : (
                  <span className="ml-1 rounded bg-brand-50 px-2 py-0.5 text-sm font-normal text-brand-900">
                    {t('translationPresent')}
                  </span>
                ))}
            </legend>
            {fields.map((field, index) => {
              const props = {
                name: `translations.${locale}.${field.name}`,
                label: field.label,
                lang: locale,
                hint: field.hint,
                required: index === 0 && locale === requiredLocale,
                requiredLabel: t('required'),
              };
              return field.multiline ? (
                <TextareaField key={field.name} {...props} rows={field.rows} />
              ) : (
                <TextField key={field.name} {...props} />
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
};
