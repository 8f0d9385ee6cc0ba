import { getTranslations } from 'next-intl/server';

import { CheckboxField } from '@/components/admin/checkbox-field';
import { CheckboxGroup } from '@/components/admin/checkbox-group';
import { FileField } from '@/components/admin/file-field';
import { HiddenField } from '@/components/admin/hidden-field';
import { getRelationChecks } from '@/components/admin/locale-options';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TextareaField } from '@/components/admin/textarea-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import { DatePrecision, DocumentType } from '@/generated/prisma/enums';
import { FORM_LOCALES, type TFormLocale } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

export type DocumentFieldsProps = {
  options: { themes: RelationOption[]; countries: RelationOption[]; mechanisms?: RelationOption[] };
  missing: readonly TFormLocale[];
  originalLocale: TFormLocale;
  isNew: boolean;
  /** The stored file's name, when there is one. */
  currentFile?: string | null;
};

export const DocumentFields = async ({
  options,
  missing,
  originalLocale,
  isNew,
  currentFile,
}: DocumentFieldsProps) => {
  const [t, tForm, tDoc, tSources, themes, countries, mechanisms] = await Promise.all([
    getTranslations('AdminDocuments'),
    getTranslations('AdminForm'),
    getTranslations('Document'),
    getTranslations('AdminSources'),
    getRelationChecks(options.themes),
    getRelationChecks(options.countries),
    options.mechanisms ? getRelationChecks(options.mechanisms) : null,
  ]);
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="type"
          label={t('type')}
          options={Object.values(DocumentType).map((type) => ({
            value: type,
            label: tDoc('typeLabel', { type }),
          }))}
        />
        <SelectField
          name="originalLocale"
          label={tForm('originalLocale')}
          options={FORM_LOCALES.map((locale) => ({
            value: locale,
            label: tForm('languageName', { locale }),
          }))}
        />
        <TextField name="publishedOn" type="date" label={t('publishedOn')} />
        <SelectField
          name="datePrecision"
          label={tSources('datePrecision')}
          hint={tSources('datePrecisionHint')}
          options={Object.values(DatePrecision).map((precision) => ({
            value: precision,
            label: tSources('datePrecisionLabel', { precision }),
          }))}
        />
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
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="externalUrl"
          type="url"
          label={t('externalUrl')}
          hint={t('externalUrlHint')}
        />
        <div className="space-y-2">
          <FileField
            name="file"
            label={t('file')}
            hint={`${t('fileHint')} ${tForm('chooseFileAgain')}`}
            accept=".pdf,.docx,.odt,image/png,image/jpeg,image/webp"
          />
          {!isNew && (
            <p className="text-sm">
              {currentFile ? t('currentFile', { filename: currentFile }) : t('noFile')}
            </p>
          )}
          {!isNew && currentFile && <CheckboxField name="removeFile" label={t('removeFile')} />}
        </div>
      </div>
      <TextareaField name="sources" label={tForm('sources')} hint={tForm('sourcesHint')} rows={3} />
      <div className="grid gap-4 md:grid-cols-3">
        <CheckboxGroup
          name="themeIds"
          legend={t('themes')}
          options={themes}
          emptyText={tForm('noOptions')}
        />
        <CheckboxGroup
          name="countryIds"
          legend={t('countries')}
          options={countries}
          emptyText={tForm('noOptions')}
        />
        {mechanisms && (
          <CheckboxGroup
            name="mechanismIds"
            legend={t('mechanisms')}
            options={mechanisms}
            emptyText={tForm('noOptions')}
          />
        )}
      </div>
    </>
  );
};
