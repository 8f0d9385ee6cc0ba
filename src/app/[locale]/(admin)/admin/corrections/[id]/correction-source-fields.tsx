import { getTranslations } from 'next-intl/server';

import { TextField } from '@/components/admin/text-field';
import { Link } from '@/i18n/link';
import type { CorrectionDetail } from '@/server/corrections/get-correction';

export type CorrectionSourceFieldsProps = { correction: CorrectionDetail };

/**
 * Which source record the corrected fact will cite: the one that already has the correction's
 * address, or a new one the editor titles (public pages show sources by title, not address).
 */
export const CorrectionSourceFields = async ({ correction }: CorrectionSourceFieldsProps) => {
  const [t, tSources, tForm] = await Promise.all([
    getTranslations('AdminCorrections'),
    getTranslations('AdminSources'),
    getTranslations('AdminForm'),
  ]);
  const fact = tSources('factLabel', { fact: correction.fact ?? 'other' });
  const { existingSource } = correction;
  if (existingSource) {
    return (
      <p className="rounded border-l-4 border-slate-400 bg-slate-50 p-3">
        {t.rich('sourceExisting', {
          fact,
          title: existingSource.title,
          source: (chunks) => (
            <Link href={`/admin/sources/${existingSource.id}`} className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }
  return (
    <fieldset className="space-y-4">
      <legend className="font-semibold text-slate-800">{t('sourceLegend', { fact })}</legend>
      <TextField
        name="sourceTitle"
        label={t('sourceTitle')}
        hint={t('sourceTitleHint')}
        required
        requiredLabel={tForm('required')}
      />
      <TextField name="sourcePublisher" label={t('sourcePublisher')} />
    </fieldset>
  );
};
