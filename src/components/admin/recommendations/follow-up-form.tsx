import { getTranslations } from 'next-intl/server';

import { ContentForm, type ContentFormProps } from '@/components/admin/content-form';
import { FileField } from '@/components/admin/file-field';
import { HiddenField } from '@/components/admin/hidden-field';
import { getLocaleOptions } from '@/components/admin/locale-options';
import { SelectField } from '@/components/admin/select-field';
import { TextField } from '@/components/admin/text-field';
import { TranslationsFieldsets } from '@/components/admin/translations-fieldsets';
import { IMPLEMENTATION_STATUSES } from '@/lib/validation/recommendations';

export type FollowUpFormProps = Pick<ContentFormProps, 'action' | 'initialValues'>;

/** A focal point's follow-up of a recommendation (sent to the review queue). */
export const FollowUpForm = async (form: FollowUpFormProps) => {
  const [t, tLabels, tForm, locales] = await Promise.all([
    getTranslations('MyRecommendations'),
    getTranslations('RecommendationLabels'),
    getTranslations('AdminForm'),
    getLocaleOptions(),
  ]);
  const originalLocale = (form.initialValues.originalLocale as 'es' | 'pt' | 'en') ?? 'es';
  return (
    <ContentForm
      {...form}
      mode="propose"
      multipart
      labels={{
        plain: {
          reportedOn: t('reportedOn'),
          implementation: t('implementation'),
          originalLocale: tForm('originalLocale'),
          evidenceUrl: t('evidenceUrl'),
          file: t('evidenceFile'),
        },
        translated: { text: t('followUpText') },
      }}
    >
      <HiddenField name="recommendationId" />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="reportedOn"
          type="date"
          label={t('reportedOn')}
          required
          requiredLabel={tForm('required')}
        />
        <SelectField
          name="implementation"
          label={t('implementation')}
          options={IMPLEMENTATION_STATUSES.map((value) => ({
            value,
            label: tLabels('implementation', { status: value }),
          }))}
        />
        <SelectField name="originalLocale" label={tForm('originalLocale')} options={locales} />
        <TextField name="evidenceUrl" type="url" label={t('evidenceUrl')} />
      </div>
      <FileField
        name="file"
        label={t('evidenceFile')}
        hint={`${t('evidenceFileHint')} ${tForm('chooseFileAgain')}`}
        accept="application/pdf,.docx,.odt,image/png,image/jpeg,image/webp"
      />
      <TranslationsFieldsets
        fields={[{ name: 'text', label: t('followUpText'), multiline: true, rows: 6 }]}
        missing={[]}
        requiredLocale={originalLocale}
        isNew
      />
    </ContentForm>
  );
};
