import { getTranslations } from 'next-intl/server';

import { CheckboxField } from '@/components/admin/checkbox-field';
import { FileField } from '@/components/admin/file-field';
import { HiddenField } from '@/components/admin/hidden-field';
import { getLocaleOptions } from '@/components/admin/locale-options';
import { RelationPickers } from '@/components/admin/relation-pickers';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import type { TFormLocale } from '@/lib/validation/form-fields';
import type { RelationOption } from '@/server/content/find-relation-options';

export type NewsFieldsProps = {
  options: {
    countries: RelationOption[];
    /** Absent for focal points: their proposal is linked to their own mechanism. */
    mechanisms?: RelationOption[];
    documents: RelationOption[];
    events: RelationOption[];
    themes: RelationOption[];
  };
  missing: readonly TFormLocale[];
  originalLocale: TFormLocale;
  isNew: boolean;
  /** The stored image's file name, when there is one. */
  currentImage?: string | null;
};

export const NewsFields = async ({
  options,
  missing,
  originalLocale,
  isNew,
  currentImage,
}: NewsFieldsProps) => {
  const [t, tForm, locales] = await Promise.all([
    getTranslations('AdminNews'),
    getTranslations('AdminForm'),
    getLocaleOptions(),
  ]);
  return (
    <>
      {!isNew && <HiddenField name="version" />}
      {currentImage && <HiddenField name="hasImage" />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="publishedOn"
          type="date"
          label={t('publishedOn')}
          required
          requiredLabel={tForm('required')}
        />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField name="slug" label={tForm('slug')} hint={tForm('slugHint')} />
      </div>
      <div className="space-y-2">
        <FileField
          name="file"
          label={t('image')}
          hint={`${t('imageHint')} ${tForm('chooseFileAgain')}`}
          accept="image/png,image/jpeg,image/webp"
        />
        {!isNew && (
          <p className="text-sm">
            {currentImage ? t('currentImage', { filename: currentImage }) : t('noImage')}
          </p>
        )}
        {currentImage && <CheckboxField name="removeImage" label={t('removeImage')} />}
      </div>
      <TranslationsFieldsets
        fields={[
          { name: 'title', label: t('title') },
          { name: 'summary', label: t('summary'), multiline: true },
          { name: 'body', label: t('body'), multiline: true, rows: 12, hint: t('bodyHint') },
          { name: 'imageAlt', label: t('imageAlt'), hint: t('imageAltHint') },
        ]}
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
          { name: 'documentIds', legend: t('documents'), options: options.documents },
          { name: 'eventIds', legend: t('events'), options: options.events },
        ]}
      />
    </>
  );
};
